import type { Logger } from 'pino'
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
import { Refusals } from './store/refusals'
import { SessionFiles } from './store/session-files'

/** Tuning of the doc snapshot log (tests count syncs and force checkpoints). */
export type DocLogOptions = Pick<LoggedDocStoreOptions, 'sync' | 'checkpointMs' | 'maxLogBytes' | 'onError'>

/**
 * The default stores: lowdb, one file per session under `<dataDir>/sessions/`; doc snapshots are
 * group-committed to `<dataDir>/sessions.log` and checkpointed into those files. Scans for damaged files.
 */
export async function createLowdbStores(
  dataDir: string,
  cache: { maxOpen?: number; idleMs?: number; log?: DocLogOptions; logger?: Logger } = {},
): Promise<Stores & { damagedAtStart: DamagedFileError[]; cachedFiles: () => number }> {
  const files = new SessionFiles(dataDir, cache)
  const damagedAtStart = await files.scan()
  const direct = createLowdbDocStore(files)
  const refusals = await Refusals.open(dataDir)
  const meta = createFileMetaStore(dataDir)
  const logger = cache.logger
  const docs = await openLoggedDocStore({
    ...cache.log,
    dataDir,
    base: direct,
    refusals,
    knownSessions: async () => [
      ...(await files.ids()),
      ...((await meta.loadSessions().catch(() => null))?.sessions.map((r) => r.id) ?? []),
    ],
    log: logger ? (level, fields, msg) => logger[level](fields, msg) : undefined,
  })
  return {
    docs,
    prep: createLowdbPrepStore(files),
    codes: await createSessionFileVerificationStore(files, dataDir),
    notes: createLowdbNoteStore(files),
    meta,
    damaged: (id) => files.isDamaged(id) ?? refusals.get(id),
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
