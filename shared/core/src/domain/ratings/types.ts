/** Plain-data types of private acceptability ratings and their aggregate overlap. */

/** Acceptability of an option to one participant: a three-point scale (yes / maybe / no). */
export type Rating = 'yes' | 'maybe' | 'no'

export interface RatingEntry {
  rating: Rating
  at: number
}

/** One participant's ratings, by option id. */
export type Ratings = Record<string, RatingEntry>

/** RATE-2: per-option aggregate that names no side and no participant. */
export interface OverlapEntry {
  optionId: string
  /** Sides whose parties all rated it yes or maybe (and at least one rated it). */
  sidesAccepting: number
  sidesTotal: number
  acceptableToAll: boolean
}
