/** The session's words as data and as types, defined once: the wire schemas are built from these tuples. */

export const LANGUAGES = ['nl', 'en'] as const
/** The product's two languages; every page, plugin, record and wire schema uses this one definition. */
export type Language = (typeof LANGUAGES)[number]

export const ROLES = ['mediator', 'party', 'adviser', 'secretariat'] as const
/** The roles in a session. */
export type Role = (typeof ROLES)[number]

export const SESSION_KINDS = ['mediation', 'coaching'] as const
export type SessionKind = (typeof SESSION_KINDS)[number]
