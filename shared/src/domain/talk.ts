/** Talk time from the platform's speaking and mute reports, and interruptions of the floor. */
import type * as Y from 'yjs'
import type { Origin } from './origins'
import type { Interruption, TalkTime } from './types'

const todo = (): never => {
  throw new Error('not implemented yet')
}
export function reportSpeaking(
  _c: Y.Doc,
  _r: { participantId: string; speaking: boolean; at: number },
  _o: Origin,
): void {
  todo()
}
export function reportMuted(
  _c: Y.Doc,
  _r: { participantId: string; muted: boolean; at: number },
  _o: Origin,
): void {
  todo()
}
export function talkTime(_c: Y.Doc, _now: number): TalkTime {
  return todo()
}
export function interruptions(_c: Y.Doc): Interruption[] {
  return todo()
}
