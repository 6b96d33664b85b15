import type { DamagedFileError } from './errors'
import type { Stores } from './options'
import { createLowdbPrepStore, createMemoryPrepStore } from './prep'
import {
  createMemoryVerificationStore,
  createSessionFileVerificationStore,
} from './record/verification-store'
import { createLowdbDocStore, createLowdbNoteStore } from './store/lowdb-store'
import { createMemoryDocStore, createMemoryNoteStore } from './store/memory-store'
import { createFileMetaStore, createMemoryMetaStore } from './store/meta-store'
import { SessionFiles } from './store/session-files'

/** The default stores: lowdb, one file per session under `<dataDir>/sessions/`. Scans for damaged files. */
export async function createLowdbStores(
  dataDir: string,
  cache: { maxOpen?: number; idleMs?: number } = {},
): Promise<Stores & { damagedAtStart: DamagedFileError[]; cachedFiles: () => number }> {
  const files = new SessionFiles(dataDir, cache)
  const damagedAtStart = await files.scan()
  return {
    docs: createLowdbDocStore(files),
    prep: createLowdbPrepStore(files),
    codes: await createSessionFileVerificationStore(files, dataDir),
    notes: createLowdbNoteStore(files),
    meta: createFileMetaStore(dataDir),
    damaged: (id) => files.isDamaged(id),
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
