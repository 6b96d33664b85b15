import type { MediatorProfile } from '@mediation/core/prep'
import type { Language, ParticipantInfo, PlannedMeeting, SessionKind, SideInfo } from '@mediation/protocol'

export interface MediatorRecord {
  id: string
  email: string
  name: string
  /** The password hash as a PHC string (`$scrypt$ln=17,r=8,p=1$…`, auth/passwords.ts). */
  password?: string
  /** Records from before PHC strings: hex salt and scrypt output at N=2^14; replaced at the next login. */
  salt?: string
  hash?: string
  createdAt: string
  /** The practice profile that fills the agreement to mediate (absent until the mediator enters it). */
  profile?: MediatorProfile
}

export interface LoginTokenRecord {
  /** SHA-256 of the token, hex; the token itself is never stored. */
  hash: string
  mediatorId: string
  expiresAt: number
}

export interface InviteRecord {
  id: string
  participantId: string
  tokenHash: string
  createdAt: string
  revokedAt: string | null
  /** After this instant the link no longer opens the session (absent on older records: no expiry). */
  expiresAt?: string | null
}

export interface SessionRecord {
  id: string
  ownerId: string
  title: string
  kind: SessionKind
  language: Language
  status: 'active' | 'archived'
  createdAt: string
  sides: SideInfo[]
  participants: ParticipantInfo[]
  invites: InviteRecord[]
  /** Planned meetings (absent on older records: read as an empty schedule). */
  schedule?: PlannedMeeting[]
  /** RETAIN-2: when the session was first archived (kept when it is reactivated); the retention period runs from it. */
  archivedAt?: string
  /** RETAIN-1: when the mediator last downloaded the dossier, and the fingerprint of the session it held. */
  exportedAt?: string
  exportFingerprint?: string
}

export interface AccountsData {
  version: 1
  mediators: MediatorRecord[]
  loginTokens: LoginTokenRecord[]
}

/** Where accounts and the session index live: files (accounts.json, sessions-index.log) or memory. */
export interface MetaStore {
  loadAccounts(): Promise<AccountsData | null>
  saveAccounts(data: AccountsData): Promise<void>
  /** Every session record, in the order they were created. */
  loadSessions(): Promise<SessionRecord[] | null>
  /** Stores one session record (new or changed); durable when it resolves. */
  putSession(record: SessionRecord): Promise<void>
  deleteSession(id: string): Promise<void>
  /** Closes open files (after the last write; the server's close() calls it). */
  close?(): Promise<void>
}
