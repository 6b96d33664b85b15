/**
 * `npm run backup -- <folder>`: a consistent copy of DATA_DIR in the empty (or new) <folder>, while the server runs
 * or not. With a running server (it holds server.lock) the server makes the copy itself (SIGUSR2, see
 * store/backup-request.ts): rooms saved, doc log checkpointed, nothing appended meanwhile. Without one, this
 * process takes the lock, opens the stores (replaying the log into the session files) and copies.
 * Restore: stop the server, copy the folder's files (MANIFEST.json may stay) into an empty DATA_DIR, start.
 */
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import { ConfigError, loadConfig } from '../config'
import { createLogger } from '../logger'
import { readBackupResult, writeBackupRequest } from '../store/backup-request'
import { acquireDataLock, DataFolderLockedError } from '../store/data-lock'
import { createLowdbStores } from '../stores'

async function viaServer(dataDir: string, pid: number, target: string): Promise<number> {
  const id = randomUUID()
  await writeBackupRequest(dataDir, { id, target })
  process.kill(pid, 'SIGUSR2')
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    const r = await readBackupResult(dataDir, id)
    if (r?.ok) {
      process.stdout.write(
        `backup of ${dataDir} written to ${target} by the running server (pid ${pid}): ${r.files} files\n`,
      )
      return 0
    }
    if (r) {
      process.stderr.write(`backup failed: ${r.error}\n`)
      return 1
    }
    if (Date.now() > deadline) {
      process.stderr.write(`the server (pid ${pid}) did not answer the backup request within 10 minutes\n`)
      return 1
    }
    await new Promise((res) => setTimeout(res, 200))
  }
}

async function main(): Promise<number> {
  const arg = process.argv[2]
  if (!arg) {
    process.stderr.write('usage: npm run backup -- <empty folder>\n')
    return 2
  }
  const target = resolve(arg)
  let dataDir: string
  try {
    dataDir = resolve(loadConfig(process.env).dataDir)
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    process.stderr.write(`configuration: ${e.message}\n`)
    return 2
  }
  const lock = await acquireDataLock(dataDir).catch((e: unknown) => {
    if (e instanceof DataFolderLockedError) return e
    throw e
  })
  if (lock instanceof DataFolderLockedError) return viaServer(dataDir, lock.pid, target)
  try {
    const stores = await createLowdbStores(dataDir, { logger: createLogger({ level: 'warn' }) })
    const manifest = await stores.backup(target)
    await stores.docs.flush()
    await stores.meta.close?.()
    process.stdout.write(`backup of ${dataDir} written to ${target}: ${manifest.files.length} files\n`)
    return 0
  } catch (e) {
    process.stderr.write(`backup failed: ${(e as Error).message}\n`)
    return 1
  } finally {
    await lock.release()
  }
}

process.exitCode = await main()
