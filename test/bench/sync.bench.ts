/**
 * bench:sync — M rooms × N clients editing the board; fan-out latency, delivery and server memory, for our
 * server and for the reference @y/websocket-server 0.1.1, in the same run. Each server runs in a child process.
 * Usage: npm run bench:sync [-- --scenario small|large|all] [--rooms M --clients N --edits E --interval ms]
 */
import { type ChildProcess, fork } from 'node:child_process'
import { parseArgs } from 'node:util'
import { LoadClient } from './load-client'
import { kb, ms, percentiles } from './stats'

interface Scenario {
  name: string
  rooms: number
  clients: number
  edits: number
  intervalMs: number
}
interface Result {
  lat: ReturnType<typeof percentiles>
  delivered: number
  expected: number
  heapPerRoom: number
  heapPerConn: number
  rssDelta: number
  /** Server CPU (user + system) during the edit phase per delivered update, µs: robust to a busy machine. */
  cpuPerDelivery: number
}

type Mode = 'ours' | 'ours-memory' | 'reference'
const LABEL: Record<Mode, string> = {
  reference: '@y/websocket-server',
  ours: 'companion-server',
  'ours-memory': 'companion (memory store)',
}

function startChild(mode: Mode): Promise<{ child: ChildProcess; ask: <T>(m: object) => Promise<T> }> {
  const child = fork(new URL('./bench-server.ts', import.meta.url).pathname, [mode], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const ask = <T>(m: object) =>
    new Promise<T>((resolve) => {
      child.once('message', (r) => resolve(r as T))
      child.send(m)
    })
  return new Promise((resolve) => child.once('message', () => resolve({ child, ask })))
}

async function run(mode: Mode, sc: Scenario): Promise<Result> {
  const { child, ask } = await startChild(mode)
  const { urls } = await ask<{ urls: string[][] }>({ type: 'setup', rooms: sc.rooms, clients: sc.clients })
  const mem0 = await ask<{ heap: number; rss: number }>({ type: 'mem' })
  // The first edits of every writer warm up the JIT on both sides; they are delivered but not timed.
  const warm = Math.max(2, Math.floor(sc.edits / 10))
  const latencies: number[] = []
  let delivered = 0
  const onDelivered = (l: number, key: string) => {
    delivered++
    if (Number(key.split('-')[1]) >= warm) latencies.push(l)
  }
  const rooms = urls.map((row) => row.map((u) => new LoadClient(u, onDelivered)))
  const all = rooms.flat()
  for (let i = 0; i < all.length; i += 250) await Promise.all(all.slice(i, i + 250).map((c) => c.open()))
  const expected = sc.rooms * sc.edits * (sc.clients - 1)
  const cpu0 = await ask<{ micros: number }>({ type: 'cpu' })
  await new Promise<void>((resolve) => {
    let done = 0
    rooms.forEach((room, r) => {
      const writer = room[0]!
      let n = 0
      setTimeout(
        () => {
          const tick = () => {
            writer.edit(`${r}-${n}`)
            if (++n < sc.edits) setTimeout(tick, sc.intervalMs)
            else if (++done === rooms.length) resolve()
          }
          tick()
        },
        (r / sc.rooms) * sc.intervalMs,
      )
    })
  })
  const deadline = Date.now() + 10_000
  while (delivered < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  const cpu1 = await ask<{ micros: number }>({ type: 'cpu' })
  const mem1 = await ask<{ heap: number; rss: number }>({ type: 'mem' })
  for (const c of all) c.close()
  child.send({ type: 'exit' })
  await new Promise((r) => child.once('exit', r))
  const heap = mem1.heap - mem0.heap
  return {
    lat: percentiles(latencies),
    delivered,
    expected,
    heapPerRoom: heap / sc.rooms,
    heapPerConn: heap / all.length,
    rssDelta: mem1.rss - mem0.rss,
    cpuPerDelivery: (cpu1.micros - cpu0.micros) / Math.max(1, delivered),
  }
}

function line(label: string, r: Result): string {
  const { p50, p95, p99, max } = r.lat
  return `${label.padEnd(24)} p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  max ${ms(max)}  delivered ${r.delivered}/${r.expected}  heap/room ${kb(r.heapPerRoom)}  heap/conn ${kb(r.heapPerConn)}  rss +${kb(r.rssDelta)}  cpu/delivery ${r.cpuPerDelivery.toFixed(1)} µs`
}

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'all' },
    rooms: { type: 'string' },
    clients: { type: 'string' },
    edits: { type: 'string' },
    interval: { type: 'string' },
    repeat: { type: 'string' },
  },
})
const SCENARIOS: Record<string, Scenario> = {
  small: {
    name: '100 rooms × 4 clients, 50 edits @ 100 ms',
    rooms: 100,
    clients: 4,
    edits: 50,
    intervalMs: 100,
  },
  large: {
    name: '1,250 rooms × 4 clients (5,000 connections), 15 edits @ 1 s',
    rooms: 1250,
    clients: 4,
    edits: 15,
    intervalMs: 1000,
  },
}
const chosen: Scenario[] = values.rooms
  ? [
      {
        name: 'custom',
        rooms: Number(values.rooms),
        clients: Number(values.clients ?? 4),
        edits: Number(values.edits ?? 50),
        intervalMs: Number(values.interval ?? 100),
      },
    ]
  : values.scenario === 'all'
    ? [SCENARIOS.small!, SCENARIOS.large!]
    : [SCENARIOS[values.scenario!]!]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
for (const sc of chosen) {
  const repeat = Number(values.repeat ?? (sc.rooms > 500 ? 2 : 3))
  console.log(`\n## ${sc.name} — ${repeat} interleaved runs per server`)
  const ratios: number[] = []
  const memRatios: number[] = []
  const cpuRatios: number[] = []
  const cpuMemRatios: number[] = []
  for (let i = 0; i < repeat; i++) {
    // Rotate the order so drift in machine load does not always favour the same server.
    const modes: Mode[] = ['reference', 'ours', 'ours-memory']
    const order = [...modes.slice(i % 3), ...modes.slice(0, i % 3)]
    const got: Partial<Record<Mode, Result>> = {}
    for (const mode of order) {
      got[mode] = await run(mode, sc)
      console.log(line(`${LABEL[mode]} #${i + 1}`, got[mode]!))
    }
    const ref = got.reference!
    ratios.push(got.ours!.lat.p99 / ref.lat.p99)
    memRatios.push(got['ours-memory']!.lat.p99 / ref.lat.p99)
    cpuRatios.push(got.ours!.cpuPerDelivery / ref.cpuPerDelivery)
    cpuMemRatios.push(got['ours-memory']!.cpuPerDelivery / ref.cpuPerDelivery)
  }
  const fmt = (xs: number[]) => `${xs.map((r) => r.toFixed(2)).join(', ')}; median ${median(xs).toFixed(2)}`
  console.log(`p99 ratio ours/reference per run: ${fmt(ratios)}`)
  console.log(`p99 ratio ours (memory store)/reference per run: ${fmt(memRatios)}`)
  console.log(`server CPU per delivery, ours/reference: ${fmt(cpuRatios)}`)
  console.log(`server CPU per delivery, ours (memory store)/reference: ${fmt(cpuMemRatios)}`)
}
