import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * How `npm run backup` asks a running server for a backup: it writes `<dataDir>/backup-request.json`
 * ({id, target}) and sends the lock holder SIGUSR2; the server answers in `<dataDir>/backup-result.json`
 * ({id, ok, files | error}). Files, not a socket: only someone who can write the data folder can ask.
 */
export interface BackupRequest {
  id: string
  target: string
}
export type BackupResult = { id: string; ok: true; files: number } | { id: string; ok: false; error: string }

const requestPath = (dataDir: string) => join(dataDir, 'backup-request.json')
export const resultPath = (dataDir: string) => join(dataDir, 'backup-result.json')

async function writeAtomically(path: string, value: unknown): Promise<void> {
  await writeFile(`${path}.tmp`, JSON.stringify(value))
  await rename(`${path}.tmp`, path)
}

export const writeBackupRequest = (dataDir: string, req: BackupRequest) =>
  writeAtomically(requestPath(dataDir), req)

/** The server side: reads the request, runs `backup`, writes the result. */
export async function answerBackupRequest(
  dataDir: string,
  backup: (target: string) => Promise<{ files: unknown[] }>,
): Promise<BackupResult | null> {
  const text = await readFile(requestPath(dataDir), 'utf8').catch(() => null)
  if (text === null) return null
  const req = JSON.parse(text) as BackupRequest
  await rm(requestPath(dataDir), { force: true })
  const result: BackupResult = await backup(req.target).then(
    (m): BackupResult => ({ id: req.id, ok: true, files: m.files.length }),
    (e: unknown): BackupResult => ({ id: req.id, ok: false, error: (e as Error).message }),
  )
  await writeAtomically(resultPath(dataDir), result)
  return result
}

export async function readBackupResult(dataDir: string, id: string): Promise<BackupResult | null> {
  const text = await readFile(resultPath(dataDir), 'utf8').catch(() => null)
  const r = text ? (JSON.parse(text) as BackupResult) : null
  return r?.id === id ? r : null
}
