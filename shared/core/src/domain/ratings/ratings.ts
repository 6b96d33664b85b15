/** Private acceptability ratings (in each participant's own document) and the mediator's aggregate overlap. */
import type * as Y from 'yjs'
import { getBoard } from '../board/get-board'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { privateSchema } from '../schema'
import { isSideMember } from '../session/access'
import type { Participant } from '../session/types'
import { requireId, requireTime } from '../validate'
import type { OverlapEntry, Rating, Ratings } from './types'

const RATINGS: readonly Rating[] = ['yes', 'maybe', 'no']

/** RATE-1: a party or adviser rates an option (null clears it) in their own private document only. */
export function rateOption(
  privateDoc: Y.Doc,
  input: { optionId: string; rating: Rating | null },
  ctx: CommandContext,
): void {
  const { optionId, rating } = input
  const { actor, now } = ctx
  check(isSideMember(actor.role), 'RATE-1', 'only parties and advisers rate options')
  requireId(optionId, 'option id')
  requireTime(now, 'now')
  check(rating === null || RATINGS.includes(rating), 'RATE-1', 'a rating is yes, maybe or no')
  const s = privateSchema(privateDoc)
  const owner = s.meta.get('owner')
  check(owner === undefined || owner === actor.participantId, 'RATE-1', 'this is not your private document')
  privateDoc.transact(() => {
    if (owner === undefined) s.meta.set('owner', actor.participantId)
    if (rating === null) s.ratings.delete(optionId)
    else s.ratings.set(optionId, { rating, at: now })
  }, ctx.origin)
}

/** One participant's ratings by option id. */
export function getRatings(privateDoc: Y.Doc): Ratings {
  const out: Ratings = {}
  for (const [id, e] of privateSchema(privateDoc).ratings.entries()) {
    if (RATINGS.includes(e?.rating)) out[id] = { rating: e.rating, at: e.at }
  }
  return out
}

/**
 * RATE-2: per option, how many sides find it acceptable — a side accepts when its parties rated it and none
 * said no — and whether all do. Names no side and no participant; advisers' ratings do not count.
 */
export function ratingOverlap(
  board: Y.Doc,
  ratingsByParticipant: Map<string, Ratings>,
  participants: Participant[],
): OverlapEntry[] {
  const sides = new Map<string, string[]>()
  for (const p of participants) {
    if (p.role !== 'party' || p.sideId === null) continue
    sides.set(p.sideId, [...(sides.get(p.sideId) ?? []), p.id])
  }
  const sidesTotal = sides.size
  return getBoard(board)
    .options.filter((o) => o.status !== 'withdrawn')
    .map((o) => {
      let sidesAccepting = 0
      for (const members of sides.values()) {
        const given = members
          .map((id) => ratingsByParticipant.get(id)?.[o.id]?.rating)
          .filter((r) => r !== undefined)
        if (given.length > 0 && !given.includes('no')) sidesAccepting++
      }
      return {
        optionId: o.id,
        sidesAccepting,
        sidesTotal,
        acceptableToAll: sidesTotal > 0 && sidesAccepting === sidesTotal,
      }
    })
}
