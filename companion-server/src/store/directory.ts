import type { MediatorProfile } from '@mediation/core/prep'
import type { ParticipantInfo, SideInfo } from '@mediation/protocol'
import type {
  AccountsData,
  InviteRecord,
  LoginTokenRecord,
  MediatorRecord,
  MetaStore,
  SessionRecord,
} from './meta-types'

/**
 * Accounts and the session index, held in memory and written through the MetaStore on every change. Memory
 * follows the disk: a change is computed on a copy, written, and only then becomes what lookups see, so a failed
 * write changes nothing. Changes run one at a time. Lookups by session id and token hash are O(1).
 */
export class Directory {
  private readonly meta: MetaStore
  private accounts: AccountsData = { version: 1, mediators: [], loginTokens: [] }
  private readonly sessions = new Map<string, SessionRecord>()
  private readonly byOwner = new Map<string, Set<string>>()
  private readonly invitesByHash = new Map<string, { sessionId: string; invite: InviteRecord }>()
  private serial: Promise<unknown> = Promise.resolve()

  private constructor(meta: MetaStore) {
    this.meta = meta
  }

  static async open(meta: MetaStore): Promise<Directory> {
    const d = new Directory(meta)
    d.accounts = (await meta.loadAccounts()) ?? d.accounts
    for (const s of (await meta.loadSessions()) ?? []) d.put(s)
    return d
  }

  /** Runs writes one after the other (each computes from what the previous one committed). */
  private oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.serial.then(fn, fn)
    this.serial = run.catch(() => undefined)
    return run
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
  addMediator(record: MediatorRecord): Promise<void> {
    return this.changeAccounts((a) => ({ ...a, mediators: [...a.mediators, record] }))
  }
  /** Replaces a mediator's stored password hash (a cost upgrade at login); drops the pre-PHC fields. */
  setMediatorPassword(id: string, password: string): Promise<void> {
    return this.changeAccounts((a) => ({
      ...a,
      mediators: a.mediators.map((m) => {
        if (m.id !== id) return m
        const { salt: _salt, hash: _hash, ...rest } = m
        return { ...rest, password }
      }),
    }))
  }
  /** Replaces a mediator's practice profile; saved before it resolves. */
  setMediatorProfile(id: string, profile: MediatorProfile): Promise<void> {
    return this.changeAccounts((a) => ({
      ...a,
      mediators: a.mediators.map((m) => (m.id === id ? { ...m, profile } : m)),
    }))
  }
  addLoginToken(record: LoginTokenRecord, now: number): Promise<void> {
    return this.changeAccounts((a) => ({
      ...a,
      loginTokens: [...a.loginTokens.filter((t) => t.expiresAt > now), record],
    }))
  }
  /** Revokes one login token (logout); saved before the caller answers. */
  async removeLoginToken(hash: string): Promise<void> {
    this.accounts.loginTokens = this.accounts.loginTokens.filter((t) => t.hash !== hash)
    await this.meta.saveAccounts(this.accounts)
  }
  loginToken(hash: string, now: number): LoginTokenRecord | undefined {
    return this.accounts.loginTokens.find((t) => t.hash === hash && t.expiresAt > now)
  }
  private changeAccounts(fn: (a: AccountsData) => AccountsData): Promise<void> {
    return this.oneAtATime(async () => {
      const next = fn(this.accounts)
      await this.meta.saveAccounts(next)
      this.accounts = next
    })
  }

  // Sessions, sides, participants, invites

  sessionsOf(ownerId: string): SessionRecord[] {
    return [...(this.byOwner.get(ownerId) ?? [])].flatMap((id) => this.sessions.get(id) ?? [])
  }
  session(id: string): SessionRecord | undefined {
    return this.sessions.get(id)
  }
  addSession(record: SessionRecord): Promise<void> {
    return this.oneAtATime(async () => {
      await this.meta.putSession(record)
      this.put(record)
    })
  }
  /** Applies `fn` to a copy of the session, writes it, then makes it current; resolves with the new record. */
  updateSession(id: string, fn: (s: SessionRecord) => void): Promise<SessionRecord | undefined> {
    return this.oneAtATime(async () => {
      const current = this.sessions.get(id)
      if (!current) return undefined
      const next = structuredClone(current)
      fn(next)
      await this.meta.putSession(next)
      // Same key, same owner: the session keeps its place in listings.
      for (const invite of current.invites) this.invitesByHash.delete(invite.tokenHash)
      this.put(next)
      return next
    })
  }
  removeSession(id: string): Promise<void> {
    return this.oneAtATime(async () => {
      const s = this.sessions.get(id)
      if (!s) return
      await this.meta.deleteSession(id)
      this.drop(s)
    })
  }
  /** The live (unrevoked) invite with this token hash, its session and participant. */
  invite(
    tokenHash: string,
  ): { session: SessionRecord; invite: InviteRecord; participant: ParticipantInfo } | undefined {
    const hit = this.invitesByHash.get(tokenHash)
    if (!hit || hit.invite.revokedAt) return undefined
    const session = this.sessions.get(hit.sessionId)
    const participant = session?.participants.find((p) => p.id === hit.invite.participantId)
    return session && participant ? { session, invite: hit.invite, participant } : undefined
  }
  side(session: SessionRecord, sideId: string): SideInfo | undefined {
    return session.sides.find((s) => s.id === sideId)
  }

  private put(s: SessionRecord): void {
    this.sessions.set(s.id, s)
    const owned = this.byOwner.get(s.ownerId) ?? new Set<string>()
    this.byOwner.set(s.ownerId, owned)
    owned.add(s.id)
    for (const invite of s.invites) this.invitesByHash.set(invite.tokenHash, { sessionId: s.id, invite })
  }
  private drop(s: SessionRecord): void {
    this.sessions.delete(s.id)
    this.byOwner.get(s.ownerId)?.delete(s.id)
    for (const invite of s.invites) this.invitesByHash.delete(invite.tokenHash)
  }
}
