/**
 * RATE-2/3: the mediator's overlap of everyone's ratings, as plain data (no Yjs), so the sidebar's lazily loaded
 * board view computes it and the opening download stays small.
 */
import type { OptionStatus } from '../board/types'
import type { Participant, Role } from '../session/types'
import type { OverlapEntry, Rating, Ratings, SideRating, SideVerdict } from './types'

const RATINGS: readonly Rating[] = ['yes', 'maybe', 'no']

/**
 * RATE-2/3: per option (of the board view, so the lazily loaded view can ask), each side's yes/maybe/no counts from its parties, its verdict, its advisers' ratings
 * (not counted), the sides that block it and whether every side said yes. `sideIds` adds sides with nobody yet
 * (their verdict stays open) and gives the order; other sides follow in roster order.
 */
export function ratingOverlap(
  options: readonly { id: string; status: OptionStatus }[],
  ratingsByParticipant: Map<string, Ratings>,
  participants: Participant[],
  sideIds: readonly string[] = [],
): OverlapEntry[] {
  const sides = new Map<string, Participant[]>(sideIds.map((id) => [id, []]))
  for (const p of participants)
    if (sideMember(p.role) && p.sideId !== null) sides.set(p.sideId, [...(sides.get(p.sideId) ?? []), p])
  return options
    .filter((o) => o.status !== 'withdrawn')
    .map((o) => {
      const per = [...sides].map(([sideId, members]) =>
        sideRating(sideId, members, (pid) => ratingsByParticipant.get(pid)?.[o.id]?.rating),
      )
      const with_ = (v: SideVerdict) => per.filter((x) => x.verdict === v)
      const sidesAccepting = with_('yes').length
      const blocking = with_('no').map((x) => x.sideId)
      const sidesTotal = per.length
      return {
        optionId: o.id,
        sides: per,
        sidesAccepting,
        sidesTotal,
        blocking,
        acceptableToAll: sidesTotal > 0 && sidesAccepting === sidesTotal,
      }
    })
}

/** RATE-2/3: a side's verdict comes from its parties only (a side without a party is open); advisers are listed. */
function sideRating(
  sideId: string,
  members: Participant[],
  ratingOf: (id: string) => Rating | undefined,
): SideRating {
  const given = members.filter((p) => p.role === 'party').map((p) => ratingOf(p.id))
  const [yes, maybe, no] = RATINGS.map((r) => given.filter((g) => g === r).length) as [number, number, number]
  const verdict: SideVerdict =
    no > 0 ? 'no' : given.length > 0 && yes === given.length ? 'yes' : maybe > 0 ? 'maybe' : 'open'
  const advisers = members.flatMap((p) => {
    const rating = p.role === 'adviser' ? ratingOf(p.id) : undefined
    return rating ? [{ participantId: p.id, rating }] : []
  })
  return { sideId, yes, maybe, no, unrated: given.length - yes - maybe - no, verdict, advisers }
}

/** As `isSideMember` (session/access.ts), repeated so this module imports nothing the opening download holds. */
function sideMember(role: Role): boolean {
  return role === 'party' || role === 'adviser'
}
