/**
 * Where verification codes live: a view over the `record` section of the session's own file
 * (`<dataDir>/sessions/<id>.json`), written through its one write queue, so deleting the session deletes its
 * codes with it. The in-memory index code → session id is filled by the background scan of the session files
 * (SessionFiles.scan) after the server listens; a lookup that misses waits for that scan, and only trusts the
 * index for sessions that still exist.
 */
import type { SessionFileData } from '../store/session-file'
import type { SessionFiles } from '../store/session-files'

/** A code registered when the mediator countersigned: it vouches for exactly one version hash. */
export interface VerificationEntry {
  code: string
  versionId: string
  hash: string
  registeredAt: string
}

export interface VerificationStore {
  list(sessionId: string): Promise<VerificationEntry[]>
  /** Durable before it resolves. */
  add(sessionId: string, entry: VerificationEntry): Promise<void>
  /** The entry for `code` and its session, if that session still `exists`. */
  find(code: string, exists: (sessionId: string) => boolean): Promise<FoundCode | null>
}

/** A code found, with the session that registered it. */
export interface FoundCode {
  sessionId: string
  entry: VerificationEntry
}

const codesIn = (data: Readonly<SessionFileData>): VerificationEntry[] => data.record?.codes ?? []

/** Codes kept in the session files; `index` is called for every file the scan reads, `scanned` when it is done. */
export function createSessionFileVerificationStore(files: SessionFiles): VerificationStore & {
  index(sessionId: string, data: Readonly<SessionFileData>): void
  scanned(done: Promise<void>): void
} {
  const index = new Map<string, string>()
  let scan: Promise<void> = Promise.resolve()
  return {
    index(sessionId, data) {
      for (const c of codesIn(data)) index.set(c.code, sessionId)
    },
    scanned(done) {
      scan = done.catch(() => undefined)
    },
    async list(sessionId) {
      return [...codesIn((await files.get(sessionId)).data)]
    },
    async add(sessionId, entry) {
      await (await files.get(sessionId)).update((cur) => ({
        next: { ...cur, record: { codes: [...codesIn(cur), entry] } },
        result: undefined,
      }))
      index.set(entry.code, sessionId)
    },
    async find(code, exists) {
      if (!index.has(code)) await scan
      const sessionId = index.get(code)
      if (sessionId === undefined) return null
      if (!exists(sessionId)) {
        index.delete(code)
        return null
      }
      const entry = codesIn((await files.get(sessionId)).data).find((c) => c.code === code)
      return entry ? { sessionId, entry } : null
    },
  }
}

/** In-memory store (servers on memory stores, tests). */
export function createMemoryVerificationStore(): VerificationStore {
  const bySession = new Map<string, VerificationEntry[]>()
  return {
    list: async (sessionId) => [...(bySession.get(sessionId) ?? [])],
    add: async (sessionId, entry) =>
      void bySession.set(sessionId, [...(bySession.get(sessionId) ?? []), entry]),
    async find(code, exists) {
      for (const [sessionId, entries] of bySession) {
        if (!exists(sessionId)) {
          bySession.delete(sessionId)
          continue
        }
        const entry = entries.find((e) => e.code === code)
        if (entry) return { sessionId, entry }
      }
      return null
    },
  }
}
