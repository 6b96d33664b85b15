import { join } from 'node:path'
import { AtomicJsonFile } from './atomic-json-file'
import { openIndexLog } from './index-log'
import type { AccountsData, MetaStore, SessionRecord } from './meta-types'

const isAccounts = (v: unknown): v is AccountsData => {
  const o = v as Partial<AccountsData> | null
  return (
    typeof o === 'object' &&
    o !== null &&
    o.version === 1 &&
    Array.isArray(o.mediators) &&
    Array.isArray(o.loginTokens)
  )
}

/** Accounts in `<dataDir>/accounts.json`, the session index in `<dataDir>/sessions-index.log` (index-log.ts). */
export async function createFileMetaStore(
  dataDir: string,
  opts: Parameters<typeof openIndexLog>[1] = {},
): Promise<MetaStore & { damage: string[] }> {
  const accounts = new AtomicJsonFile(join(dataDir, 'accounts.json'), isAccounts, undefined, opts.track)
  const index = await openIndexLog(dataDir, opts)
  return {
    damage: index.damage,
    loadAccounts: () => accounts.read(),
    saveAccounts: (d) => accounts.write(d),
    loadSessions: async () => index.records(),
    putSession: (s) => index.put(s),
    deleteSession: (id) => index.del(id),
    close: () => index.close(),
  }
}

/** Keeps the last saved copies in memory. */
export function createMemoryMetaStore(): MetaStore {
  let a: AccountsData | null = null
  const sessions = new Map<string, SessionRecord>()
  return {
    loadAccounts: async () => (a ? structuredClone(a) : null),
    saveAccounts: async (d) => {
      a = structuredClone(d)
    },
    loadSessions: async () => [...sessions.values()].map((s) => structuredClone(s)),
    putSession: async (s) => {
      sessions.set(s.id, structuredClone(s))
    },
    deleteSession: async (id) => {
      sessions.delete(id)
    },
  }
}
