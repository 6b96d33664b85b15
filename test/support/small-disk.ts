import { mkdir, mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProgram } from './programs'

/** A real small filesystem (tmpfs, mounted by the test: this needs root) with an empty `data/` folder in it. */
export interface SmallDisk {
  mnt: string
  dataDir: string
  /** Writes zeros until the filesystem refuses (ENOSPC); returns a function that frees the space again. */
  fill(): Promise<() => Promise<void>>
  unmount(): Promise<void>
}

export async function mountSmallDisk(size = '16m'): Promise<SmallDisk> {
  const mnt = await mkdtemp(join(tmpdir(), 'mediation-small-disk-'))
  await runProgram('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', mnt])
  const dataDir = join(mnt, 'data')
  await mkdir(dataDir)
  return {
    mnt,
    dataDir,
    async fill() {
      const path = join(mnt, 'filler')
      const f = await open(path, 'w')
      try {
        // Large chunks to get close, then small ones for the last pages.
        for (const size of [64 * 1024, 512]) {
          for (;;) {
            const refused = await f.write(Buffer.alloc(size)).then(
              () => false,
              (e: NodeJS.ErrnoException) => {
                if (e.code !== 'ENOSPC') throw e
                return true
              },
            )
            if (refused) break
          }
        }
      } finally {
        await f.close()
      }
      return () => rm(path)
    },
    async unmount() {
      await runProgram('umount', [mnt])
      await rm(mnt, { recursive: true, force: true })
    },
  }
}
