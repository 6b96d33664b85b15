/** Private acceptability ratings, in each participant's own document; the mediator's overlap is in overlap.ts. */
import type * as Y from 'yjs'
import type { CommandContext } from '../context'
import { check } from '../errors'
import { privateSchema } from '../schema'
import { isSideMember } from '../session/access'
import { requireId, requireTime } from '../validate'
import type { Rating, Ratings } from './types'

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
