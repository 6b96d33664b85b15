import { clonePrep, emptyPrep, type PrepData, type PrepStore } from './store'

/** In-memory PrepStore (tests, ephemeral servers). */
export function createMemoryPrepStore(): PrepStore {
  const data = new Map<string, PrepData>()
  return {
    load: async (sessionId) => {
      const d = data.get(sessionId)
      return d ? clonePrep(d) : null
    },
    update: async (sessionId, change) => {
      const next = clonePrep(data.get(sessionId) ?? emptyPrep())
      const result = change(next)
      data.set(sessionId, next)
      return result
    },
    deleteSession: async (sessionId) => {
      data.delete(sessionId)
    },
  }
}
