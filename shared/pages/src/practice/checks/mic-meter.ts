/**
 * A microphone level meter: Web Audio AnalyserNode on the getUserMedia stream, RMS of the time-domain signal.
 * Nothing is recorded or sent; only the peak level leaves this module.
 */
export interface MicMeter {
  /** The loudest RMS level (0..1) seen so far. */
  peak(): number
  stop(): void
}

/** Starts metering `stream`, calling `onLevel` with the current RMS about 20 times a second. */
export function startMicMeter(
  ctx: AudioContext,
  stream: MediaStream,
  onLevel: (rms: number) => void,
): MicMeter {
  const source = ctx.createMediaStreamSource(stream)
  const analyser = ctx.createAnalyser()
  analyser.fftSize = 2048
  source.connect(analyser)
  const buf = new Float32Array(analyser.fftSize)
  let peak = 0
  // An interval, not requestAnimationFrame: a background tab must keep measuring while the person talks.
  const timer = setInterval(() => {
    analyser.getFloatTimeDomainData(buf)
    let sum = 0
    for (const v of buf) sum += v * v
    const rms = Math.sqrt(sum / buf.length)
    if (rms > peak) peak = rms
    onLevel(rms)
  }, 50)
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer)
      source.disconnect()
    },
  }
}
