/**
 * PrepStore inside the session's own lowdb file (`<dataDir>/sessions/<id>.json`, key `prep`), written through
 * the same atomic fsync'd adapter as the session's docs and notes, so deleting a session deletes this too.
 */
import type { SessionFileData, SessionFiles } from '../store/session-files'
import { clonePrep, emptyPrep, type PrepData, type PrepStore } from './store'

/** The session file with our key; the file's validator ignores keys it does not know, so older files load. */
type WithPrep = SessionFileData & { prep?: PrepData }

export function createLowdbPrepStore(files: SessionFiles): PrepStore {
  // One chain per session: `change` and the write of its result are not interleaved with another update.
  const queues = new Map<string, Promise<unknown>>()
  return {
    async load(sessionId) {
      const db = await files.get(sessionId)
      const prep = (db.data as WithPrep).prep
      return prep ? clonePrep(prep) : null
    },
    update(sessionId, change) {
      const run = (queues.get(sessionId) ?? Promise.resolve())
        .catch(() => undefined)
        .then(async () => {
          const db = await files.get(sessionId)
          const data = db.data as WithPrep
          const next = clonePrep(data.prep ?? emptyPrep())
          const result = change(next)
          data.prep = next
          await db.write()
          return result
        })
      queues.set(sessionId, run)
      run.finally(() => queues.get(sessionId) === run && queues.delete(sessionId)).catch(() => undefined)
      return run
    },
    deleteSession: (sessionId) => files.remove(sessionId),
  }
}
