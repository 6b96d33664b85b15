import type { Logger } from 'pino'
import type { Stores } from './options'
import { createLowdbPrepStore, createMemoryPrepStore } from './prep'
import {
  createMemoryVerificationStore,
  createSessionFileVerificationStore,
} from './record/verification-store'
import { copyDataFolder } from './store/backup'
import { type LoggedDocStoreOptions, openLoggedDocStore } from './store/logged-doc-store'
import { createLowdbDocStore, createLowdbNoteStore } from './store/lowdb-store'
import { createMemoryDocStore, createMemoryNoteStore } from './store/memory-store'
import { createFileMetaStore, createMemoryMetaStore } from './store/meta-store'
import { Refusals } from './store/refusals'
import { SessionFiles } from './store/session-files'
import { StorageHealth } from './store/storage-health'

/** Tuning of the doc snapshot log (tests count syncs and force checkpoints). */
export type DocLogOptions = Pick<LoggedDocStoreOptions, 'sync' | 'checkpointMs' | 'maxLogBytes' | 'onError'>

/**
 * The default stores: lowdb, one file per session under `<dataDir>/sessions/`; doc snapshots are
 * group-committed to `<dataDir>/sessions.log` and checkpointed into those files. Opening reads no session file:
 * `scan()` (run by the server after it listens) looks for damaged ones and fills the verification-code index.
 */
export async function createLowdbStores(
  dataDir: string,
  opts: { maxOpen?: number; idleMs?: number; log?: DocLogOptions; logger?: Logger } = {},
): Promise<
  Stores & { scan: () => Promise<void>; backup: NonNullable<Stores['backup']>; cachedFiles: () => number }
> {
  const logger = opts.logger
  const log = logger
    ? (level: 'warn' | 'error', fields: Record<string, unknown>, msg: string) => logger[level](fields, msg)
    : undefined
  const health = new StorageHealth()
  const files = new SessionFiles(dataDir, {
    ...opts,
    track: health.tracker('session files'),
    onDamage: (e) => logger?.error({ file: e.path }, e.message),
  })
  const refusals = await Refusals.open(dataDir)
  const meta = await createFileMetaStore(dataDir, { track: health.tracker('session index'), log })
  const docs = await openLoggedDocStore({
    ...opts.log,
    dataDir,
    base: createLowdbDocStore(files),
    refusals,
    track: health.tracker('doc log'),
    knownSessions: async () => [
      ...(await files.ids()),
      ...((await meta.loadSessions().catch(() => null))?.map((r) => r.id) ?? []),
    ],
    log,
  })
  const codes = createSessionFileVerificationStore(files)
  health.watch(() =>
    refusals.size > 0 ? `sessions refused: ${refusals.size} (damaged doc log records)` : null,
  )
  health.watch(() =>
    files.damagedCount > 0
      ? `damaged session files: ${files.damagedCount} (their sessions are refused)`
      : null,
  )
  health.watch(() => (meta.damage.length > 0 ? `damaged session index records: ${meta.damage.length}` : null))
  let scanning: Promise<void> | null = null
  return {
    docs,
    prep: createLowdbPrepStore(files),
    codes,
    notes: createLowdbNoteStore(files),
    meta,
    damaged: (id) => files.isDamaged(id) ?? refusals.get(id),
    health: () => health.report(),
    // Quiet doc log (checkpointed, nothing appending) and every queued session-file write done, then the copy.
    backup: (target) =>
      docs.quiet(async () => {
        await files.flush()
        return copyDataFolder(dataDir, target)
      }),
    scan: () => {
      scanning ??= files.scan((id, data) => codes.index(id, data))
      codes.scanned(scanning)
      return scanning
    },
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
