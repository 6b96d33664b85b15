import { join } from 'node:path'
import { AtomicJsonFile } from './atomic-json-file'
import type { AccountsData, MetaStore, SessionIndexData } from './meta-types'

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
const isIndex = (v: unknown): v is SessionIndexData => {
  const o = v as Partial<SessionIndexData> | null
  return typeof o === 'object' && o !== null && o.version === 1 && Array.isArray(o.sessions)
}

/** Accounts in `<dataDir>/accounts.json`, the session index in `<dataDir>/sessions-index.json`. */
export function createFileMetaStore(dataDir: string): MetaStore {
  const accounts = new AtomicJsonFile(join(dataDir, 'accounts.json'), isAccounts)
  const sessions = new AtomicJsonFile(join(dataDir, 'sessions-index.json'), isIndex)
  return {
    loadAccounts: () => accounts.read(),
    saveAccounts: (d) => accounts.write(d),
    loadSessions: () => sessions.read(),
    saveSessions: (d) => sessions.write(d),
  }
}

/** Keeps the last saved copies in memory. */
export function createMemoryMetaStore(): MetaStore {
  let a: AccountsData | null = null
  let s: SessionIndexData | null = null
  return {
    loadAccounts: async () => (a ? structuredClone(a) : null),
    saveAccounts: async (d) => {
      a = structuredClone(d)
    },
    loadSessions: async () => (s ? structuredClone(s) : null),
    saveSessions: async (d) => {
      s = structuredClone(d)
    },
  }
}
