import { readFileSync } from 'node:fs'
import { link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A data folder another live process holds. */
export class DataFolderLockedError extends Error {
  readonly pid: number
  constructor(dataDir: string, pid: number) {
    const who = pid === process.pid ? `this process (${pid})` : `process ${pid}`
    super(
      `The data folder ${dataDir} is in use by ${who}; stop that server first or give this one another DATA_DIR.`,
    )
    this.name = 'DataFolderLockedError'
    this.pid = pid
  }
}

export interface DataLock {
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>
}

interface Holder {
  pid: number
  /** Boot id and start time of the process: a pid reused after a crash (pid 1 in a container) is not the holder. */
  boot: string
  start: string
}

const readProc = (path: string): string => {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
const bootId = () => readProc('/proc/sys/kernel/random/boot_id').trim()
/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); '' where /proc is missing. */
const startTime = (pid: number): string => {
  const stat = readProc(`/proc/${pid}/stat`)
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? ''
}

function alive(h: Holder): boolean {
  try {
    process.kill(h.pid, 0)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return false
  }
  // The pid exists (or belongs to another user): it is the holder only if boot and start time match.
  if (h.boot && h.boot !== bootId()) return false
  const start = startTime(h.pid)
  return !h.start || !start || h.start === start
}

const parse = (text: string): Holder | null => {
  try {
    const h = JSON.parse(text) as Partial<Holder>
    return typeof h.pid === 'number' ? { pid: h.pid, boot: h.boot ?? '', start: h.start ?? '' } : null
  } catch {
    return null
  }
}

/**
 * Takes `<dataDir>/server.lock` for this process: the file is written complete under a private name and
 * hard-linked into place (atomic, fails if it exists). A lock whose holder is gone (crash, kill -9, reboot) is
 * moved aside and taken; a live holder makes this throw DataFolderLockedError naming the folder and its pid.
 */
export async function acquireDataLock(dataDir: string): Promise<DataLock> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, 'server.lock')
  const me: Holder = { pid: process.pid, boot: bootId(), start: startTime(process.pid) }
  const mine = JSON.stringify(me)
  const tmp = `${path}.${process.pid}.tmp`
  await writeFile(tmp, mine)
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(tmp, path)
        return { release: () => releaseIfMine(path, mine) }
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      }
      const holder = parse(await readFile(path, 'utf8').catch(() => ''))
      if (holder && alive(holder)) throw new DataFolderLockedError(dataDir, holder.pid)
      // Stale: move it aside atomically, then make sure what we moved was the stale lock and not a fresh one.
      const aside = `${path}.stale.${process.pid}`
      await rename(path, aside).catch(() => undefined)
      const moved = parse(await readFile(aside, 'utf8').catch(() => ''))
      if (moved && alive(moved)) {
        await rename(aside, path).catch(() => undefined)
        throw new DataFolderLockedError(dataDir, moved.pid)
      }
      await unlink(aside).catch(() => undefined)
    }
    throw new Error(`could not take the lock on the data folder ${dataDir}`)
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

async function releaseIfMine(path: string, mine: string): Promise<void> {
  if ((await readFile(path, 'utf8').catch(() => '')) === mine) await unlink(path).catch(() => undefined)
}
