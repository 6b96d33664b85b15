/** Opens the camera and confirms real frames arrive (a black or frozen stream still fails here). */
import type { MediaProblem } from '@mediation/core/prep'
import { classifyMediaError } from '@mediation/core/prep'

export type OpenResult =
  | { ok: true; stream: MediaStream }
  | { ok: false; problem: MediaProblem; name: string }

/** getUserMedia for one kind, with an optional device, mapping a refusal to a fixable problem. */
export async function openMedia(kind: 'video' | 'audio', deviceId: string | null): Promise<OpenResult> {
  if (!navigator.mediaDevices?.getUserMedia) return { ok: false, problem: 'unsupported', name: 'TypeError' }
  const constraint: MediaTrackConstraints | boolean = deviceId ? { deviceId: { exact: deviceId } } : true
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ [kind]: constraint })
    return { ok: true, stream }
  } catch (err) {
    return { ok: false, problem: classifyMediaError(err), name: (err as { name?: string }).name ?? 'Error' }
  }
}

/** Shows the stream in `video` and resolves with its size once a frame has rendered, or null by the deadline. */
export function waitForFrames(
  video: HTMLVideoElement,
  stream: MediaStream,
  deadlineMs: number,
): Promise<{ width: number; height: number } | null> {
  video.muted = true
  video.playsInline = true
  video.srcObject = stream
  return new Promise((resolve) => {
    let done = false
    const finish = (v: { width: number; height: number } | null) => {
      if (done) return
      done = true
      clearTimeout(timer)
      resolve(v)
    }
    const timer = setTimeout(() => finish(null), deadlineMs)
    const onFrame = () => {
      if (video.videoWidth > 0) finish({ width: video.videoWidth, height: video.videoHeight })
      else if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame)
    }
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(onFrame)
    video.addEventListener('loadeddata', onFrame, { once: true })
    video.play().catch(() => undefined)
  })
}

/** Stops every track (releases the camera light and the device for other programs). */
export function stopStream(stream: MediaStream | null): void {
  for (const t of stream?.getTracks() ?? []) t.stop()
}
