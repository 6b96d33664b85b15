/**
 * PrepStore as a view over the `prep` section of the session's own file (`<dataDir>/sessions/<id>.json`),
 * written through the session's one write queue, so deleting a session deletes this too.
 */
import type { SessionFiles } from '../store/session-files'
import { clonePrep, emptyPrep, type PrepStore } from './store'

export function createLowdbPrepStore(files: SessionFiles): PrepStore {
  return {
    async load(sessionId) {
      const prep = (await files.get(sessionId)).data.prep
      return prep ? clonePrep(prep) : null
    },
    async update(sessionId, change) {
      // The session file's queue runs changes one after the other, each on the result of the last.
      return (await files.get(sessionId)).update((cur) => {
        const next = clonePrep(cur.prep ?? emptyPrep())
        const result = change(next)
        return { next: { ...cur, prep: next }, result }
      })
    },
    deleteSession: (sessionId) => files.remove(sessionId),
  }
}
