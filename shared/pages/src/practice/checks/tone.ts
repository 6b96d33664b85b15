/** A generated test tone on the chosen speaker (no audio file, nothing fetched). */
type SinkAudioContext = AudioContext & { setSinkId?: (id: string) => Promise<void> }

/**
 * Plays a soft two-note chime for about a second and a half on `sinkId` (where the browser lets a page pick the
 * output), resolving when it has played. Returns false when the chosen speaker could not be selected.
 */
export async function playTone(ctx: SinkAudioContext, sinkId: string | null): Promise<boolean> {
  let sinkOk = true
  if (sinkId && typeof ctx.setSinkId === 'function') {
    try {
      await ctx.setSinkId(sinkId)
    } catch {
      sinkOk = false
    }
  }
  await ctx.resume()
  const gain = ctx.createGain()
  gain.connect(ctx.destination)
  const t0 = ctx.currentTime
  for (const [i, freq] of [523.25, 659.25].entries()) {
    const osc = ctx.createOscillator()
    osc.type = 'sine'
    osc.frequency.value = freq
    osc.connect(gain)
    osc.start(t0 + i * 0.6)
    osc.stop(t0 + i * 0.6 + 0.75)
  }
  gain.gain.setValueAtTime(0, t0)
  gain.gain.linearRampToValueAtTime(0.25, t0 + 0.05)
  gain.gain.setValueAtTime(0.25, t0 + 1.25)
  gain.gain.linearRampToValueAtTime(0, t0 + 1.35)
  await new Promise<void>((resolve) => {
    const check = () =>
      ctx.currentTime >= t0 + 1.4 || ctx.state !== 'running' ? resolve() : setTimeout(check, 100)
    check()
  })
  gain.disconnect()
  return sinkOk
}
