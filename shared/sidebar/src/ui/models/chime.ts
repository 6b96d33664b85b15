/** A short sound for a raised hand. */
export interface Chime {
  play(): void
  dispose(): void
}

type AudioCtor = new () => AudioContext

/**
 * A soft two-note WebAudio tone (no audio file to load). The context is made on the first chime only, so a
 * mediator who leaves the chime off never starts audio; without WebAudio it stays silent.
 */
export function webAudioChime(): Chime {
  let ctx: AudioContext | null = null
  return {
    play() {
      const g = globalThis as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor }
      const Ctor = g.AudioContext ?? g.webkitAudioContext
      if (!Ctor) return
      try {
        ctx ??= new Ctor()
        // Browsers start a context suspended until the page has been used; any click before counts.
        if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined)
        tone(ctx, 660, 0)
        tone(ctx, 880, 0.12)
      } catch {
        // No audio device or a blocked context: the badge, the title and the announcement still show it.
      }
    },
    dispose() {
      void ctx?.close().catch(() => undefined)
      ctx = null
    },
  }
}

function tone(ctx: AudioContext, hz: number, delay: number): void {
  const at = ctx.currentTime + delay
  const osc = ctx.createOscillator()
  const gain = ctx.createGain()
  osc.type = 'sine'
  osc.frequency.value = hz
  // A quick rise and a soft fall: no click at the start, gone within a third of a second.
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(0.06, at + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3)
  osc.connect(gain).connect(ctx.destination)
  osc.start(at)
  osc.stop(at + 0.32)
}
