import { open } from 'node:fs/promises'

/**
 * fsyncs one folder on behalf of many writers (group commit): a caller is served by the next fsync that
 * starts after its call, so N renames in the same instant cost one folder fsync instead of N.
 */
export function createFolderSync(dir: string): () => Promise<void> {
  let running: Promise<void> | null = null
  let queued: Promise<void> | null = null
  const once = async () => {
    const folder = await open(dir, 'r')
    try {
      await folder.sync()
    } finally {
      await folder.close()
    }
  }
  const sync = (): Promise<void> => {
    if (!running) {
      running = once().finally(() => {
        running = null
      })
      return running
    }
    // The running fsync may have started before the caller's rename: wait for the next one.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null
        return sync()
      })
    return queued
  }
  return sync
}
