/** COACH-2: in coaching, talk time is the coach's against the client's (there are no sides to balance). */
import type { Participant } from '../session/types'
import type { TalkTime } from './types'

export interface CoachingShare {
  coachMs: number
  clientMs: number
  /** The coach's share (0..1) of coach plus client time; 0 while nobody has spoken. */
  coachShare: number
  clientShare: number
}

/** COACH-2: the coach's (the mediator role) and the client's (party and adviser) talk time and shares. */
export function coachingShare(talk: TalkTime, participants: readonly Participant[]): CoachingShare {
  let coachMs = 0
  let clientMs = 0
  for (const p of participants) {
    const ms = talk.perParticipant[p.id] ?? 0
    if (p.role === 'mediator') coachMs += ms
    else if (p.role === 'party' || p.role === 'adviser') clientMs += ms
  }
  const total = coachMs + clientMs
  return {
    coachMs,
    clientMs,
    coachShare: total > 0 ? coachMs / total : 0,
    clientShare: total > 0 ? clientMs / total : 0,
  }
}
