/** Plain-data types of private acceptability ratings and their aggregate overlap. */

/** Acceptability of an option to one participant: a three-point scale (yes / maybe / no). */
export type Rating = 'yes' | 'maybe' | 'no'

export interface RatingEntry {
  rating: Rating
  at: number
}

/** One participant's ratings, by option id. */
export type Ratings = Record<string, RatingEntry>

/** RATE-2: a side's verdict on an option: no when a party said no, yes only when all its parties said yes. */
export type SideVerdict = 'yes' | 'maybe' | 'no' | 'open'

/** RATE-2/3: how one side rated one option (for the mediator). */
export interface SideRating {
  sideId: string
  /** Ratings of the side's parties; advisers are not counted. */
  yes: number
  maybe: number
  no: number
  /** Parties of the side who have not rated it yet. */
  unrated: number
  verdict: SideVerdict
  /** RATE-3: each adviser's rating, by participant id; shown to the mediator, never counted. */
  advisers: { participantId: string; rating: Rating }[]
}

/** RATE-2: per option, every side's ratings and whether every side said yes. */
export interface OverlapEntry {
  optionId: string
  sides: SideRating[]
  /** Sides whose verdict is yes. */
  sidesAccepting: number
  sidesTotal: number
  /** Sides whose verdict is no: they block the option. */
  blocking: string[]
  /** Every side's verdict is yes (a maybe is not a yes). */
  acceptableToAll: boolean
}
