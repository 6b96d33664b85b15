import { createHash } from 'node:crypto'
import { mkdir, open, readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { createFolderSync } from './folder-sync'

/** Files of a data folder that are not data: the lock, temp files, backup requests, backups kept in `backups/`. */
const SKIP = /(^|\/)(server\.lock.*|.*\.tmp|backup-request\.json|backup-result\.json)$|^backups\//

/** What a backup holds, written last as `MANIFEST.json`: a backup without it is incomplete. */
export interface BackupManifest {
  version: 1
  at: string
  files: { path: string; bytes: number; sha256: string }[]
}

async function walk(dir: string, root = dir): Promise<string[]> {
  const out: string[] = []
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(full, root)))
    else if (e.isFile() && !SKIP.test(relative(root, full))) out.push(full)
  }
  return out
}

/**
 * Copies every data file of `dataDir` into the empty folder `target` (each fsync'd), then writes `MANIFEST.json`
 * with sizes and SHA-256 of every file. The caller makes the folder quiet meanwhile (log checkpointed, no
 * checkpoint or append running); session files and the index change only by atomic rename or append, so each
 * copied file is whole (a torn index tail is cut at restore, like after a crash).
 */
export async function copyDataFolder(dataDir: string, target: string): Promise<BackupManifest> {
  await mkdir(target, { recursive: true })
  if ((await readdir(target)).length > 0) throw new Error(`the backup folder ${target} is not empty`)
  const files: BackupManifest['files'] = []
  const folders = new Set<string>([target])
  for (const path of await walk(dataDir)) {
    const rel = relative(dataDir, path)
    const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null // a session erased during the copy
      throw e
    })
    if (!bytes) continue
    const to = join(target, rel)
    await mkdir(dirname(to), { recursive: true })
    folders.add(dirname(to))
    await writeSynced(to, bytes)
    files.push({ path: rel, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') })
  }
  for (const f of folders) await createFolderSync(f)()
  const manifest: BackupManifest = { version: 1, at: new Date().toISOString(), files }
  await writeSynced(join(target, 'MANIFEST.json'), Buffer.from(JSON.stringify(manifest, null, 1)))
  await createFolderSync(target)()
  return manifest
}

async function writeSynced(path: string, bytes: Buffer): Promise<void> {
  const f = await open(path, 'wx')
  try {
    await f.writeFile(bytes)
    await f.datasync()
  } finally {
    await f.close()
  }
}
