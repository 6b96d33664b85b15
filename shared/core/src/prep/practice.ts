/**
 * The summary of one practice run: what the participant's browser found, never any audio or video.
 * The server stores these; the readiness view reads them.
 */
import type { MediaProblem } from './media-errors'
import type { Verdict } from './network'

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped'

export const CHECKLIST_ITEMS = ['privateRoom', 'alone', 'headphones', 'light', 'charger'] as const
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number]

export interface MediaCheck {
  status: CheckStatus
  /** Why it failed, when it did. */
  problem: MediaProblem | null
}

export interface PracticeSummary {
  browser: { status: CheckStatus; webrtc: boolean; getUserMedia: boolean; websocket: boolean }
  camera: MediaCheck & { width: number | null; height: number | null }
  /** `peakLevel` is the highest RMS level seen (0..1) while the meter ran. */
  microphone: MediaCheck & { peakLevel: number }
  /** `heard` is the participant's own answer after the test tone. */
  speaker: { status: CheckStatus; heard: boolean | null; sinkSelectable: boolean }
  network: {
    status: CheckStatus
    rttMs: number | null
    jitterMs: number | null
    lossPct: number
    verdict: Verdict | null
  }
  /** Which ICE candidate types were gathered; `relay` or `srflx` means a route through NATs exists. */
  ice: { status: CheckStatus; configured: boolean; candidateTypes: string[] }
  checklist: Record<ChecklistItem, boolean>
}

/** A stored practice result (server clock). */
export interface PracticeRecord {
  participantId: string
  at: string
  summary: PracticeSummary
}

/** A microphone counts as live above this RMS level (the fake device's beep and quiet speech pass it). */
export const MIC_LIVE_LEVEL = 0.01

/** Status of the microphone check from the loudest level seen. */
export function microphoneStatus(peakLevel: number): CheckStatus {
  return peakLevel >= MIC_LIVE_LEVEL ? 'pass' : 'warn'
}

/** Status of the network check from its verdict. */
export function networkStatus(verdict: Verdict | null): CheckStatus {
  if (verdict === null) return 'fail'
  return verdict === 'good' ? 'pass' : verdict === 'fair' ? 'warn' : 'fail'
}

/** The essential checks: without these a participant cannot take part by video. */
const ESSENTIAL = ['browser', 'camera', 'microphone', 'network'] as const

/** Overall verdict: fail if an essential check failed, warn if anything else is short, else pass. */
export function overallStatus(s: PracticeSummary): CheckStatus {
  if (ESSENTIAL.some((k) => s[k].status === 'fail' || s[k].status === 'skipped')) return 'fail'
  const all: CheckStatus[] = [...ESSENTIAL.map((k) => s[k].status), s.speaker.status, s.ice.status]
  if (all.includes('fail') || all.includes('warn')) return 'warn'
  if (CHECKLIST_ITEMS.some((i) => !s.checklist[i])) return 'warn'
  return 'pass'
}
