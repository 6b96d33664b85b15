import type { DamagedFileError } from './errors'
import type { Stores } from './options'
import { createLowdbPrepStore, createMemoryPrepStore } from './prep'
import {
  createMemoryVerificationStore,
  createSessionFileVerificationStore,
} from './record/verification-store'
import { type LoggedDocStoreOptions, openLoggedDocStore } from './store/logged-doc-store'
import { createLowdbDocStore, createLowdbNoteStore } from './store/lowdb-store'
import { createMemoryDocStore, createMemoryNoteStore } from './store/memory-store'
import { createFileMetaStore, createMemoryMetaStore } from './store/meta-store'
import { SessionFiles } from './store/session-files'

/** Tuning of the doc snapshot log (tests count syncs and force checkpoints). */
export type DocLogOptions = Pick<LoggedDocStoreOptions, 'sync' | 'checkpointMs' | 'maxLogBytes' | 'onError'>

/**
 * The default stores: lowdb, one file per session under `<dataDir>/sessions/`; doc snapshots are
 * group-committed to `<dataDir>/sessions.log` and checkpointed into those files. Scans for damaged files.
 */
export async function createLowdbStores(
  dataDir: string,
  cache: { maxOpen?: number; idleMs?: number; log?: DocLogOptions } = {},
): Promise<Stores & { damagedAtStart: DamagedFileError[]; cachedFiles: () => number }> {
  const files = new SessionFiles(dataDir, cache)
  const damagedAtStart = await files.scan()
  const direct = createLowdbDocStore(files)
  const log = await openLoggedDocStore({ ...cache.log, dataDir, base: direct })
  // A damaged log stays untouched: its sessions are refused and the others save straight to their files.
  if (log.damaged) damagedAtStart.push(log.damaged)
  const logDamage = (id: string) => (log.docs === null && log.sessions.has(id) ? log.damaged : undefined)
  return {
    docs: log.docs ?? direct,
    prep: createLowdbPrepStore(files),
    codes: await createSessionFileVerificationStore(files, dataDir),
    notes: createLowdbNoteStore(files),
    meta: createFileMetaStore(dataDir),
    damaged: (id) => files.isDamaged(id) ?? logDamage(id),
    damagedAtStart,
    cachedFiles: () => files.cached,
  }
}

/** Stores that live only in memory (tests, throwaway servers). */
export function createMemoryStores(): Stores {
  return {
    docs: createMemoryDocStore(),
    notes: createMemoryNoteStore(),
    meta: createMemoryMetaStore(),
    prep: createMemoryPrepStore(),
    codes: createMemoryVerificationStore(),
  }
}
