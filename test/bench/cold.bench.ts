/**
 * bench:cold — a cold load of a document with 10,000 small transactions: from a fresh client's connect until it
 * holds the synced document (ticket, WebSocket, the server loading the room from the store, sync step 1 and 2,
 * the client applying it), with the room unloaded before each load. The transactions are one-character inserts
 * at seeded random places in a Y.Text (items that cannot merge), written on the server's room in BATCHES saves,
 * as a busy document is saved; the loads come first from the snapshot log (what the saves left: a snapshot and
 * appended updates), then, after a checkpoint, from the session file (one compact snapshot).
 * The first load of each kind in a process also pays for compiling the code on the path (`first`).
 * Usage: npm run bench:cold [-- --transactions 10000 --batches 100 --runs 5]
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLogger, createLowdbStores, createMediator, createServer } from '@mediation/companion-server'
import { LoadClient } from './load-client'

const { values } = parseArgs({
  options: {
    transactions: { type: 'string', default: '10000' },
    batches: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
  },
})
const TRANSACTIONS = Number(values.transactions)
const BATCHES = Number(values.batches)
const RUNS = Number(values.runs)

const dataDir = await mkdtemp(join(tmpdir(), 'mediation-bench-cold-'))
// The default stores, held here so the bench can checkpoint the snapshot log.
const stores = await createLowdbStores(dataDir)
const server = await createServer({
  dataDir,
  port: 0,
  logger: createLogger({ level: 'warn' }),
  store: stores,
})
const ctx = server.context
const mediator = await createMediator(
  ctx.directory,
  { email: 'b@example.org', name: 'Bench', password: 'bench password' },
  Date.now(),
)
const session = await ctx.sessions.create(mediator, { title: 'cold', kind: 'mediation', language: 'en' })
const name = `${session.id}/board`
const actor = { id: mediator.id, name: mediator.name, role: 'mediator' as const, sideId: null }

// Seeded positions (a small LCG), so every invocation writes the same document.
let seed = 42
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31
  return seed / 2 ** 31
}
const perBatch = Math.ceil(TRANSACTIONS / BATCHES)
for (let b = 0; b < BATCHES; b++) {
  await ctx.rooms.withRooms([name], async ([room]) => {
    const text = room!.doc.getText('bench')
    for (let i = 0; i < perBatch && b * perBatch + i < TRANSACTIONS; i++)
      text.insert(Math.floor(next() * (text.length + 1)), String.fromCharCode(97 + (i % 26)))
    await room!.flush()
  })
}
await unloaded()

async function unloaded(): Promise<void> {
  while (ctx.rooms.size > 0) await new Promise((r) => setTimeout(r, 5))
}

/** One cold load: connect, sync, check the text arrived whole; the room is unloaded again afterwards. */
async function coldLoad(): Promise<number> {
  const url = `${server.wsUrl}/${session.id}/board?ticket=${ctx.tickets.issue(session.id, actor).ticket}`
  const client = new LoadClient(url, () => {})
  const t0 = performance.now()
  await client.open()
  const ms = performance.now() - t0
  const got = client.doc.getText('bench').length
  if (got !== TRANSACTIONS) throw new Error(`the client got ${got} of ${TRANSACTIONS} characters`)
  client.close()
  await unloaded()
  return ms
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const row = (label: string, xs: number[]) =>
  console.log(
    `| ${label} | ${xs[0]!.toFixed(1)} ms | ${median(xs.slice(1)).toFixed(1)} ms (${xs
      .slice(1)
      .map((x) => x.toFixed(1))
      .join(', ')}) |`,
  )

console.log(
  `bench:cold — ${TRANSACTIONS.toLocaleString('en')} one-character transactions in ${BATCHES} saves; first load, then median of ${RUNS}`,
)
console.log('| stored as | first load | later cold loads (runs) |')
console.log('|---|---|---|')
const fromLog: number[] = []
for (let i = 0; i <= RUNS; i++) fromLog.push(await coldLoad())
row('snapshot log (saves not yet checkpointed)', fromLog)
await stores.docs.flush() // checkpoint: the log's records merged into the session file
const fromFile: number[] = []
for (let i = 0; i <= RUNS; i++) fromFile.push(await coldLoad())
row('session file (after a checkpoint)', fromFile)
await server.close()
await rm(dataDir, { recursive: true, force: true })
process.exit(0)
