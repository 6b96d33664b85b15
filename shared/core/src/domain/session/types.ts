/** Plain-data types of a session: who takes part, on which side, in which language. */

import type { Language, Role, SessionKind } from './vocabulary'

export type { Language, Role, SessionKind } from './vocabulary'

export interface Participant {
  id: string
  name: string
  role: Role
  /** The side of a party or adviser; null for the mediator and the secretariat. */
  sideId: string | null
}

export interface Side {
  id: string
  name: string
}

/** A side as the control document stores it: `position` is its creation index (SESSION-5). */
export interface StoredSide extends Side {
  position?: number
}

/** Who performs a command. Identity comes from the server's credential, never from the document. */
export interface Actor {
  participantId: string
  role: Role
  sideId: string | null
}

export interface SessionInfo {
  id: string
  kind: SessionKind
  title: string
  language: Language
  /** SESSION-6: read-only for everyone until the mediator makes it active again. */
  archived?: boolean
}

export type DocAccess = 'write' | 'read' | 'none'
