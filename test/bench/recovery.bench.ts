/**
 * bench:recovery — how long a restart takes, and how long clients need to be back.
 * 1. Start-up at 1 / 2,000 / 10,000 sessions on disk (each with a control document and a note): createServer in
 *    this process until it listens (the store's own start-up); then the production process (`node build/server.js`,
 *    the bundle `npm run build` makes, built afresh by this script) from spawn to its `ready` line and to the first
 *    `/healthz` answer, and when the background scan of the session files (damage, verification codes) finished;
 *    and the development process (`node --import tsx main.ts`: tsx compiling the sources included) to its ready
 *    line. Median of RUNS per size.
 * 2. Resync: 1,000 raw y-websocket clients (100 sessions × 10) are synced with the production server; it is
 *    killed (-9) and restarted; each client then does what a client must (fetch a fresh ticket with its
 *    credential, reconnect with its doc) and the time until all 1,000 are synced again is measured from the restart.
 * Usage: npm run bench:recovery [-- --sizes 1,2000,10000 --runs 3 --clients 1000]
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLogger, createMediator, createServer } from '@mediation/companion-server'
import { buildServer } from '../../scripts/build'
import { LoadClient } from './load-client'
import { percentiles } from './stats'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,2000,10000' },
    runs: { type: 'string', default: '3' },
    clients: { type: 'string', default: '1000' },
  },
})
const SIZES = values.sizes.split(',').map(Number)
const RUNS = Number(values.runs)
const CLIENTS = Number(values.clients)
const PER_SESSION = 10

/** Fills a data folder through the real server code: `n` sessions, each with its control document and one note. */
async function fixture(n: number): Promise<{ dir: string; token: string; sessions: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), `mediation-recovery-${n}-`))
  const server = await createServer({ dataDir: dir, port: 0, logger: createLogger({ level: 'warn' }) })
  const ctx = server.context
  const who = { email: 'b@example.org', name: 'Bench', password: 'bench password' }
  const mediator = await createMediator(ctx.directory, who, Date.now())
  const sessions: string[] = []
  const actor = { id: mediator.id, role: 'mediator' as const, sideId: null, name: mediator.name }
  for (let i = 0; i < n; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(50, n - i) }, async (_, k) => {
        const s = await ctx.sessions.create(mediator, {
          title: `s${i + k}`,
          kind: 'mediation',
          language: 'en',
        })
        await ctx.notes.create(s, actor, { visibility: 'joint', title: 'n', body: `note of ${s.id}` })
        return s.id
      }),
    )
    sessions.push(...batch)
  }
  const res = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: who.email, password: who.password }),
  })
  if (res.status !== 200) throw new Error(`login ${res.status} ${await res.text()}`)
  const { token } = (await res.json()) as { token: string }
  await server.close()
  return { dir, token, sessions }
}

interface Started {
  proc: ChildProcess
  url: string
  readyMs: number
  healthMs: number
  scanMs: Promise<number>
  exited: Promise<unknown>
}

const PRODUCTION = ['build/server.js']
const DEVELOPMENT = ['--import', 'tsx', 'companion-server/src/main.ts']

/** Spawns the server process on `dir` (the production bundle unless told); resolves once it answers /healthz. */
async function start(dir: string, args = PRODUCTION): Promise<Started> {
  const t0 = performance.now()
  const proc = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = new Promise((r) => proc.once('exit', r))
  let resolveScan!: (ms: number) => void
  const scanMs = new Promise<number>((r) => {
    resolveScan = r
  })
  const { port, readyMs } = await new Promise<{ port: number; readyMs: number }>((resolve, reject) => {
    let buf = ''
    proc.stdout!.on('data', (c: Buffer) => {
      buf += c.toString()
      const lines = buf.split('\n')
      buf = lines.pop() ?? ''
      for (const line of lines) {
        if (line.includes('"msg":"ready"'))
          resolve({ port: (JSON.parse(line) as { port: number }).port, readyMs: performance.now() - t0 })
        if (line.includes('background scan of session files done')) resolveScan(performance.now() - t0)
      }
    })
    void exited.then(() => reject(new Error('server exited')))
  })
  const url = `http://127.0.0.1:${port}`
  await fetch(`${url}/healthz`)
  return { proc, url, readyMs, healthMs: performance.now() - t0, scanMs, exited }
}

async function stop(s: Started, signal: NodeJS.Signals = 'SIGTERM') {
  s.proc.kill(signal)
  await s.exited
}

async function ticket(url: string, token: string, sessionId: string): Promise<string> {
  const res = await fetch(`${url}/api/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ sessionId }),
  })
  if (res.status !== 201) throw new Error(`ticket ${res.status}`)
  return ((await res.json()) as { ticket: string }).ticket
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const ms = (x: number) => `${Math.round(x)} ms`

async function startupAt(n: number): Promise<void> {
  const made = performance.now()
  const f = await fixture(n)
  const fixtureMs = performance.now() - made
  const ready: number[] = []
  const health: number[] = []
  const scan: number[] = []
  const inProcess: number[] = []
  const dev: number[] = []
  for (let r = 0; r < RUNS; r++) {
    // The store's own start-up, without node and tsx loading the code: createServer until it listens.
    const t0 = performance.now()
    const server = await createServer({ dataDir: f.dir, port: 0, logger: createLogger({ level: 'warn' }) })
    inProcess.push(performance.now() - t0)
    await server.close()
    const s = await start(f.dir)
    ready.push(s.readyMs)
    health.push(s.healthMs)
    scan.push(await s.scanMs)
    await stop(s)
    const d = await start(f.dir, DEVELOPMENT)
    dev.push(d.readyMs)
    await stop(d)
  }
  console.log(
    `| ${n.toLocaleString('en')} | ${ms(median(inProcess))} | ${ms(median(ready))} | ${ms(median(health))} | ${ms(median(scan))} | ` +
      `${ready.map(ms).join(', ')} | ${ms(median(dev))} | ${ms(fixtureMs)} |`,
  )
  await rm(f.dir, { recursive: true, force: true })
}

async function resync(): Promise<void> {
  const f = await fixture(CLIENTS / PER_SESSION)
  let s = await start(f.dir)
  const clients: { c: LoadClient; session: string }[] = []
  for (const session of f.sessions)
    for (let k = 0; k < PER_SESSION; k++)
      clients.push({ c: new LoadClient(`${s.url}`, () => undefined), session })
  const connectAll = async (url: string) => {
    const wsUrl = url.replace(/^http/, 'ws')
    await Promise.all(
      clients.map(async ({ c, session }) =>
        c.open(`${wsUrl}/sync/${session}/control?ticket=${await ticket(url, f.token, session)}`),
      ),
    )
  }
  await connectAll(s.url)
  await stop(s, 'SIGKILL')
  const t0 = performance.now()
  s = await start(f.dir)
  const upMs = performance.now() - t0
  const times: number[] = []
  const wsUrl = s.url.replace(/^http/, 'ws')
  // What each client does: a fresh ticket with its credential, then the same doc reconnects and syncs.
  let ticketsDone = 0
  await Promise.all(
    clients.map(async ({ c, session }) => {
      const t = await ticket(s.url, f.token, session)
      ticketsDone = Math.max(ticketsDone, performance.now() - t0)
      await c.open(`${wsUrl}/sync/${session}/control?ticket=${t}`)
      times.push(performance.now() - t0)
    }),
  )
  const st = percentiles(times)
  console.log(
    `resync of ${clients.length} clients (${f.sessions.length} sessions × ${PER_SESSION}) after kill -9: ` +
      `server up (healthz) ${ms(upMs)} after the restart, last ticket ${ms(ticketsDone)}, all synced ` +
      `${ms(Math.max(...times))} (p50 ${ms(st.p50)}, p95 ${ms(st.p95)})`,
  )
  for (const { c } of clients) c.close()
  await stop(s)
  await rm(f.dir, { recursive: true, force: true })
}

await buildServer()
console.log(
  `bench:recovery — median of ${RUNS} starts per size (${process.version}; node build/server.js unless named)`,
)
console.log(
  '| sessions on disk | createServer until listening (in process) | process: ready line | first /healthz | ' +
    'background scan done | each start (ready) | dev process (tsx): ready line | fixture built in |',
)
console.log('|---|---|---|---|---|---|---|---|')
for (const n of SIZES.filter((x) => x > 0)) await startupAt(n)
await resync()
