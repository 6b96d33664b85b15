/** What this browser can do for a video call (feature detection only; nothing is started). */
export interface BrowserSupport {
  webrtc: boolean
  getUserMedia: boolean
  websocket: boolean
  webAudio: boolean
  /** Speaker choice: `setSinkId` on media elements or on AudioContext (Chrome, Edge; not Safari/Firefox by default). */
  setSinkId: boolean
  secureContext: boolean
}

/** Detects the features a practice run needs. */
export function detectSupport(w: Window & typeof globalThis = window): BrowserSupport {
  const media = w.navigator.mediaDevices
  return {
    webrtc: typeof w.RTCPeerConnection === 'function',
    getUserMedia: Boolean(media && typeof media.getUserMedia === 'function'),
    websocket: typeof w.WebSocket === 'function',
    webAudio: typeof w.AudioContext === 'function',
    setSinkId:
      (typeof w.HTMLMediaElement === 'function' && 'setSinkId' in w.HTMLMediaElement.prototype) ||
      (typeof w.AudioContext === 'function' && 'setSinkId' in w.AudioContext.prototype),
    secureContext: w.isSecureContext,
  }
}
