/**
 * bench:store — durable note save latency (temp → fsync → rename → fsync folder) with 1, 1,000 and 10,000
 * sessions on disk. Each measured write updates one note (constant file size) in a session picked at random
 * among all of them, so larger runs also pay for opening cold session files. Target: p99 at 10,000 ≤ 1.5 × p99 at 1.
 * Usage: npm run bench:store [-- --writes 400 --sizes 1,1000,10000]
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLowdbStores } from '@mediation/companion-server'
import type { Note } from '@mediation/protocol'
import { ms, percentiles } from './stats'

const { values } = parseArgs({
  options: { writes: { type: 'string', default: '400' }, sizes: { type: 'string', default: '1,1000,10000' } },
})
const WRITES = Number(values.writes)
const SIZES = values.sizes!.split(',').map(Number)
const NOTES_PER_SESSION = 5

const note = (sessionId: string, i: number): Note => ({
  id: `n${i}`,
  sessionId,
  visibility: 'joint',
  title: `note ${i}`,
  body: 'x'.repeat(400),
  revision: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  authorId: 'p1',
})

/** Writes `n` session files the way the server would (setup only, so without fsync). */
async function populate(dir: string, n: number): Promise<string[]> {
  await mkdir(join(dir, 'sessions'), { recursive: true })
  const ids = Array.from({ length: n }, (_, i) => `s${i.toString(36).padStart(6, '0')}`)
  const board = Buffer.alloc(2000, 7).toString('base64')
  for (let i = 0; i < n; i += 500) {
    await Promise.all(
      ids.slice(i, i + 500).map((id) =>
        writeFile(
          join(dir, 'sessions', `${id}.json`),
          JSON.stringify({
            version: 1,
            id,
            docs: { board, control: board },
            notes: Array.from({ length: NOTES_PER_SESSION }, (_, k) => note(id, k)),
          }),
        ),
      ),
    )
  }
  return ids
}

interface Run {
  sessions: number
  ids: string[]
  dir: string
  stores: Awaited<ReturnType<typeof createLowdbStores>>
  startup: number
  revisions: Map<string, number>
  lat: number[]
  seed: number
}

async function prepare(n: number): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'mediation-store-bench-'))
  const ids = await populate(dir, n)
  const t0 = performance.now()
  const stores = await createLowdbStores(dir)
  return {
    sessions: n,
    ids,
    dir,
    stores,
    startup: performance.now() - t0,
    revisions: new Map(),
    lat: [],
    seed: 7,
  }
}

async function writeOnce(run: Run, i: number): Promise<void> {
  run.seed = (run.seed * 1103515245 + 12345) & 0x7fffffff
  const id = run.ids[run.seed % run.ids.length]!
  const noteId = `n${i % NOTES_PER_SESSION}`
  const rev = run.revisions.get(`${id}/${noteId}`) ?? 1
  const t = performance.now()
  const r = await run.stores.notes.update(id, noteId, rev, {
    title: `note ${i}`,
    body: 'y'.repeat(400),
    visibility: 'joint',
    updatedAt: new Date().toISOString(),
  })
  run.lat.push(performance.now() - t)
  if (r.status !== 'ok') throw new Error(`unexpected ${r.status}`)
  run.revisions.set(`${id}/${noteId}`, rev + 1)
}

console.log(
  `durable note updates: ${WRITES} sequential writes per size, interleaved across sizes, random session each`,
)
const runs: Run[] = []
for (const n of SIZES) runs.push(await prepare(n))
try {
  // Interleaved one write at a time, so every size sees the same disk and CPU load from the rest of the machine.
  for (let i = 0; i < WRITES; i++) for (const run of runs) await writeOnce(run, i)
  for (const run of runs) {
    const r = percentiles(run.lat)
    console.log(
      `${String(run.sessions).padStart(6)} sessions on disk: p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}  (start-up scan ${ms(run.startup)})`,
    )
  }
  const p99 = (run: Run) => percentiles(run.lat).p99
  const first = runs[0]!
  const last = runs.at(-1)!
  console.log(
    `p99 ratio ${last.sessions} / ${first.sessions} sessions: ${(p99(last) / p99(first)).toFixed(2)} (target ≤ 1.5)`,
  )
} finally {
  for (const run of runs) await rm(run.dir, { recursive: true, force: true })
}
