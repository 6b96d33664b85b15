/** Plain-data types of the ground rules and their acceptances. */

export interface RuleItem {
  id: string
  text: { nl: string; en: string }
}

export interface RulesView {
  version: number
  /** Hex SHA-256 of the canonical rules text; an acceptance binds to it. */
  hash: string
  items: RuleItem[]
  editedAt: number | null
  editedBy: string | null
}

export interface Acceptance {
  participantId: string
  version: number
  hash: string
  at: number
}

export interface RulesStatus {
  version: number
  hash: string
  /** Per participant who must accept (parties and advisers): their latest acceptance and whether it counts. */
  participants: { participantId: string; accepted: Acceptance | null; current: boolean }[]
  /** Ids of those who still have to accept the current version. */
  pending: string[]
  allAccepted: boolean
}
