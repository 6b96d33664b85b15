/**
 * Where verification codes live: inside the session's own file (`<dataDir>/sessions/<id>.json`, key
 * `record`), written through the same atomic, fsync'd lowdb instance as its docs and notes, so deleting the
 * session deletes its codes with it. An in-memory index code → session id is read from those files at start;
 * a lookup only trusts it for sessions that still exist.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { SessionFileData, SessionFiles } from '../store/session-files'

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
  /** The entry for `code`, if its session still `exists`. */
  find(code: string, exists: (sessionId: string) => boolean): Promise<VerificationEntry | null>
}

type WithRecord = SessionFileData & { record?: { codes: VerificationEntry[] } }

const codesIn = (data: unknown): VerificationEntry[] => {
  const codes = (data as Partial<WithRecord> | null)?.record?.codes
  return Array.isArray(codes) ? codes : []
}

/** Codes kept in the session files; `dataDir` is scanned once for the index. */
export async function createSessionFileVerificationStore(
  files: SessionFiles,
  dataDir: string,
): Promise<VerificationStore> {
  const index = new Map<string, string>()
  const folder = join(dataDir, 'sessions')
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    try {
      const data: unknown = JSON.parse(await readFile(join(folder, name), 'utf8'))
      const id = (data as { id?: unknown }).id
      if (typeof id === 'string') for (const c of codesIn(data)) index.set(c.code, id)
    } catch {
      // A damaged file is reported by the session store at start and never touched; it simply has no codes here.
    }
  }
  // Writes of one session are chained so two registrations never lose each other.
  const queues = new Map<string, Promise<unknown>>()
  return {
    async list(sessionId) {
      return [...codesIn((await files.get(sessionId)).data)]
    },
    add(sessionId, entry) {
      const run = (queues.get(sessionId) ?? Promise.resolve())
        .catch(() => undefined)
        .then(async () => {
          const db = await files.get(sessionId)
          const data = db.data as WithRecord
          data.record = { codes: [...codesIn(data), entry] }
          await db.write()
          index.set(entry.code, sessionId)
        })
      queues.set(sessionId, run)
      return run
    },
    async find(code, exists) {
      const sessionId = index.get(code)
      if (sessionId === undefined) return null
      if (!exists(sessionId)) {
        index.delete(code)
        return null
      }
      return codesIn((await files.get(sessionId)).data).find((c) => c.code === code) ?? null
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
        if (entry) return entry
      }
      return null
    },
  }
}
