/** Plain-data types of the mediation domain: inputs, stored records and query views. */

import type { Role } from './types-role'

export type * from './types-board'
export type { Role } from './types-role'
export type SessionKind = 'mediation' | 'coaching'
export type Language = 'nl' | 'en'
export type Phase = 'intake' | 'opening' | 'joint' | 'caucus' | 'closing' | 'closed'

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
}

export interface PhaseChange {
  from: Phase | null
  to: Phase
  at: number
  by: string
}

// ── Ground rules ────────────────────────────────────────────────────────────
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

// ── Turns and talk time ─────────────────────────────────────────────────────
export interface QueueEntry {
  participantId: string
  raisedAt: number
}

export interface FloorView {
  holderId: string
  grantedAt: number
  limitMs: number | null
  /** Remaining time of a limited turn (never negative); null when unlimited. */
  timeLeftMs: number | null
  overtime: boolean
}

export interface TalkTime {
  /** Unmuted speaking time per participant id. */
  perParticipant: Record<string, number>
  perSide: Record<string, number>
  /** Each side's share (0..1) of all side talk time; empty when nobody has spoken. */
  shares: Record<string, number>
  totalSideMs: number
  /** TALK-3: true when the side shares are too far apart (see IMBALANCE_* constants). */
  imbalance: boolean
}

export interface Interruption {
  participantId: string
  floorHolderId: string
  at: number
}

// ── Caucus and time log ─────────────────────────────────────────────────────
/** 'main' or a side id. */
export type Room = string

export interface CaucusView {
  status: 'idle' | 'planned' | 'active'
  plannedSides: string[]
  mediatorRoom: Room
  /** Room per participant id. */
  rooms: Record<string, Room>
  /** Milliseconds the mediator spent in each side's caucus room. */
  perSideMs: Record<string, number>
  /** Sides (and 'main', as sideId null) not in the mediator's room during a caucus, and since when. */
  waiting: { sideId: string | null; room: Room; since: number; waitingMs: number }[]
  startedAt: number | null
}

export interface TimeInterval {
  kind: 'joint' | 'caucus'
  /** The room the mediator was in: 'main' or a side id. */
  room: Room
  from: number
  to: number
}

export interface TimeLog {
  jointMs: number
  caucusMs: number
  caucusPerSideMs: Record<string, number>
  intervals: TimeInterval[]
}

export type DocAccess = 'write' | 'read' | 'none'
