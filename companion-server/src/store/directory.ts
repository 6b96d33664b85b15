import type { ParticipantInfo, SideInfo } from '@mediation/protocol'
import type {
  AccountsData,
  InviteRecord,
  LoginTokenRecord,
  MediatorRecord,
  MetaStore,
  SessionIndexData,
  SessionRecord,
} from './meta-types'

/**
 * Accounts and the session index, held in memory and written through the MetaStore on every change
 * (they are small and change rarely). Lookups by token hash are O(1).
 */
export class Directory {
  private readonly meta: MetaStore
  private accounts: AccountsData = { version: 1, mediators: [], loginTokens: [] }
  private index: SessionIndexData = { version: 1, sessions: [] }
  private readonly invitesByHash = new Map<string, { session: SessionRecord; invite: InviteRecord }>()

  private constructor(meta: MetaStore) {
    this.meta = meta
  }

  static async open(meta: MetaStore): Promise<Directory> {
    const d = new Directory(meta)
    d.accounts = (await meta.loadAccounts()) ?? d.accounts
    d.index = (await meta.loadSessions()) ?? d.index
    for (const session of d.index.sessions)
      for (const invite of session.invites) d.indexInvite(session, invite)
    return d
  }

  // Mediators and login tokens

  mediatorCount(): number {
    return this.accounts.mediators.length
  }
  mediatorByEmail(email: string): MediatorRecord | undefined {
    const key = email.toLowerCase()
    return this.accounts.mediators.find((m) => m.email.toLowerCase() === key)
  }
  mediator(id: string): MediatorRecord | undefined {
    return this.accounts.mediators.find((m) => m.id === id)
  }
  async addMediator(record: MediatorRecord): Promise<void> {
    this.accounts.mediators.push(record)
    await this.meta.saveAccounts(this.accounts)
  }
  /** Replaces a mediator's stored password hash (a cost upgrade at login); drops the pre-PHC fields. */
  async setMediatorPassword(id: string, password: string): Promise<void> {
    const m = this.mediator(id)
    if (!m) return
    m.password = password
    delete m.salt
    delete m.hash
    await this.meta.saveAccounts(this.accounts)
  }
  async addLoginToken(record: LoginTokenRecord, now: number): Promise<void> {
    this.accounts.loginTokens = this.accounts.loginTokens.filter((t) => t.expiresAt > now)
    this.accounts.loginTokens.push(record)
    await this.meta.saveAccounts(this.accounts)
  }
  loginToken(hash: string, now: number): LoginTokenRecord | undefined {
    return this.accounts.loginTokens.find((t) => t.hash === hash && t.expiresAt > now)
  }

  // Sessions, sides, participants, invites

  sessionsOf(ownerId: string): SessionRecord[] {
    return this.index.sessions.filter((s) => s.ownerId === ownerId)
  }
  session(id: string): SessionRecord | undefined {
    return this.index.sessions.find((s) => s.id === id)
  }
  async addSession(record: SessionRecord): Promise<void> {
    this.index.sessions.push(record)
    await this.save()
  }
  async updateSession(id: string, fn: (s: SessionRecord) => void): Promise<SessionRecord | undefined> {
    const s = this.session(id)
    if (!s) return undefined
    fn(s)
    for (const invite of s.invites) this.indexInvite(s, invite)
    await this.save()
    return s
  }
  async removeSession(id: string): Promise<void> {
    const s = this.session(id)
    if (!s) return
    for (const invite of s.invites) this.invitesByHash.delete(invite.tokenHash)
    this.index.sessions = this.index.sessions.filter((x) => x.id !== id)
    await this.save()
  }
  /** The live (unrevoked) invite with this token hash, its session and participant. */
  invite(
    tokenHash: string,
  ): { session: SessionRecord; invite: InviteRecord; participant: ParticipantInfo } | undefined {
    const hit = this.invitesByHash.get(tokenHash)
    if (!hit || hit.invite.revokedAt) return undefined
    const participant = hit.session.participants.find((p) => p.id === hit.invite.participantId)
    return participant ? { ...hit, participant } : undefined
  }
  side(session: SessionRecord, sideId: string): SideInfo | undefined {
    return session.sides.find((s) => s.id === sideId)
  }

  private indexInvite(session: SessionRecord, invite: InviteRecord): void {
    this.invitesByHash.set(invite.tokenHash, { session, invite })
  }
  private save(): Promise<void> {
    return this.meta.saveSessions(this.index)
  }
}
