/**
 * The server under test for bench:sync, run as a child process so the load generator's CPU does not distort it.
 * argv[2] = 'ours' (createServer, lowdb in a temp dir), 'ours-memory' (createServer, memory stores) or 'reference'
 * (@y/websocket-server 0.1.1 setupWSConnection, no persistence).
 * IPC: {type:'setup', rooms, clients} → {type:'setup', urls: string[][]}; {type:'mem'} → {type:'mem', heap, rss};
 * {type:'cpu'} → {type:'cpu', micros} (user + system CPU time of the server process).
 * With BENCH_PROF=<dir> (sync.bench's --prof), a V8 CPU profile of the timed phase alone — from the first 'cpu'
 * message to the second — is written to `<dir>/<mode>-<pid>.cpuprofile` (start-up and setup left out).
 * With BENCH_HEAP=<dir>, a heap snapshot is written there at each 'mem' message.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import { Session } from 'node:inspector/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeHeapSnapshot } from 'node:v8'
import {
  createLogger,
  createMediator,
  createMemoryStores,
  createServer,
  type RunningServer,
} from '@mediation/companion-server'
import { WebSocketServer } from 'ws'

type Msg =
  | { type: 'setup'; rooms: number; clients: number }
  | { type: 'hostile' }
  | { type: 'mem' }
  | { type: 'cpu' }
  | { type: 'exit' }
const mode = process.argv[2] ?? 'ours'
const send = (m: unknown) => process.send?.(m)
const gc = (globalThis as { gc?: () => void }).gc

async function startOurs() {
  const dataDir = await mkdtemp(join(tmpdir(), 'mediation-bench-'))
  // 'ours-memory' isolates the sync path from the cost of durable snapshots (lowdb, fsync) for comparison.
  const store = mode === 'ours-memory' ? createMemoryStores() : undefined
  const server: RunningServer = await createServer({
    dataDir,
    port: 0,
    logger: createLogger({ level: 'warn' }),
    store,
  })
  const ctx = server.context
  const mediator = await createMediator(
    ctx.directory,
    { email: 'b@example.org', name: 'Bench', password: 'bench password' },
    Date.now(),
  )
  const sessions: string[] = []
  return {
    port: server.port,
    async setup(rooms: number, clients: number): Promise<string[][]> {
      while (sessions.length < rooms) {
        const s = await ctx.sessions.create(mediator, {
          title: `room ${sessions.length}`,
          kind: 'mediation',
          language: 'en',
        })
        sessions.push(s.id)
      }
      const actor = { id: mediator.id, name: mediator.name, role: 'mediator' as const, sideId: null }
      return sessions
        .slice(0, rooms)
        .map((id) =>
          Array.from(
            { length: clients },
            () => `${server.wsUrl}/${id}/board?ticket=${ctx.tickets.issue(id, actor).ticket}`,
          ),
        )
    },
    /** A session of its own with one party (the attacker): what the hostile client needs to log in. */
    async hostile(): Promise<HostileTarget> {
      const s = await ctx.sessions.create(mediator, { title: 'hostile', kind: 'mediation', language: 'en' })
      const res = await ctx.sessions.invite(s, { name: 'Hostile', role: 'party', newSideName: 'H' })
      return {
        url: server.url,
        wsUrl: server.wsUrl,
        sessionId: s.id,
        credential: res.invite.token,
        participantId: res.participant.id,
      }
    },
    async close() {
      await server.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

/** What the hostile client (hostile-client.ts) gets: its own session and its party invite. */
export interface HostileTarget {
  url: string
  wsUrl: string
  sessionId: string
  credential: string
  participantId: string
}

async function startReference() {
  const utils = await import('@y/websocket-server/utils')
  const http = createHttpServer((_req, res) => res.end('ok'))
  const wss = new WebSocketServer({ noServer: true })
  http.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => ws.terminate())
      utils.setupWSConnection(ws, req, { docName: (req.url ?? '/').slice(1).split('?')[0] })
    }),
  )
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', () => r()))
  const port = (http.address() as AddressInfo).port
  return {
    port,
    async setup(rooms: number, clients: number): Promise<string[][]> {
      return Array.from({ length: rooms }, (_, r) =>
        Array.from({ length: clients }, () => `ws://127.0.0.1:${port}/room-${r}`),
      )
    },
    async hostile(): Promise<HostileTarget> {
      throw new Error('the hostile scenario runs against our server only')
    },
    async close() {
      for (const ws of wss.clients) ws.terminate()
      http.close()
    },
  }
}

const profDir = process.env.BENCH_PROF
let profiler: Session | null = null
/** Starts the profiler at the first call and writes its profile at the second (BENCH_PROF only). */
async function profile(): Promise<void> {
  if (!profDir) return
  if (!profiler) {
    profiler = new Session()
    profiler.connect()
    await profiler.post('Profiler.enable')
    await profiler.post('Profiler.setSamplingInterval', { interval: 250 })
    await profiler.post('Profiler.start')
    return
  }
  const { profile: p } = await profiler.post('Profiler.stop')
  await writeFile(join(profDir, `${mode}-${process.pid}.cpuprofile`), JSON.stringify(p))
  profiler.disconnect()
}

const server = mode === 'reference' ? await startReference() : await startOurs()
process.on('message', (m: Msg) => {
  if (m.type === 'setup') void server.setup(m.rooms, m.clients).then((urls) => send({ type: 'setup', urls }))
  else if (m.type === 'hostile') void server.hostile().then((target) => send({ type: 'hostile', target }))
  else if (m.type === 'mem') {
    gc?.()
    gc?.()
    const u = process.memoryUsage()
    // BENCH_HEAP=<dir>: a heap snapshot at each memory reading (to see what a room costs, object by object).
    if (process.env.BENCH_HEAP)
      writeHeapSnapshot(join(process.env.BENCH_HEAP, `${mode}-${process.pid}-${Date.now()}.heapsnapshot`))
    send({ type: 'mem', heap: u.heapUsed, rss: u.rss })
  } else if (m.type === 'cpu') {
    const c = process.cpuUsage()
    void profile().then(() => send({ type: 'cpu', micros: c.user + c.system }))
  } else if (m.type === 'exit') void server.close().then(() => process.exit(0))
})
send({ type: 'ready', port: server.port })
