/**
 * bench:sync — M rooms × N clients editing the board; fan-out latency, delivery and server memory, for our
 * server and for the reference @y/websocket-server 0.1.1, in the same run. Each server runs in a child process.
 * The servers of one run work side by side (same schedule, same moment), so a busy machine hurts them alike.
 * Usage: npm run bench:sync [-- --scenario small|large|hostile|all] [--rooms M --clients N --edits E --interval ms]
 *   [--repeat R] [--modes reference,ours,ours-memory] [--apart]
 * `hostile`: our server alone, each run twice in a row — without and with one hostile participant flooding in a
 * session of its own (hostile-client.ts) — so the other sessions' p99 can be compared with and without it.
 *   [--pin] (Linux, ≥ 2 CPUs, taskset): the server child on CPU 0 alone, this load generator on CPU 1, and the
 *   attacker on CPU 1 at the lowest priority (nice 19), in every run alike: on a real deployment the attacker's
 *   CPU is its own machine's, not the server's nor the other clients'. Its achieved rates are printed.
 *   [--prof dir]: the server child writes a V8 CPU profile of the timed edit phase (.cpuprofile) into dir.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import * as esbuild from 'esbuild'
import { serverBuildOptions } from '../../scripts/build-server'
import { runProgram } from '../support/programs'
import type { HostileTarget } from './bench-server'
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

let bundled: Promise<string> | null = null
/**
 * bench-server.ts bundled as production bundles the server (scripts/build-server.ts: workspace code in, packages
 * external, no minifying) and run on plain node, as `node build/server.js` runs: under tsx every named function
 * would carry esbuild's keep-names wrapper (a call and a property array per closure made), which production
 * does not run. Built once per invocation into build/bench/.
 */
function benchServer(): Promise<string> {
  bundled ??= (async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url))
    const outdir = join(root, 'build', 'bench')
    await esbuild.build({
      ...serverBuildOptions(root, outdir),
      entryPoints: { 'bench-server': join(root, 'test/bench/bench-server.ts') },
    })
    return join(outdir, 'bench-server.js')
  })()
  return bundled
}

async function startChild(mode: Mode): Promise<{ child: ChildProcess; ask: <T>(m: object) => Promise<T> }> {
  const child = fork(await benchServer(), [mode], {
    execArgv: ['--expose-gc'],
    env: values.prof ? { ...process.env, BENCH_PROF: values.prof } : process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const pinned = values.pin ? pin(child.pid, '0') : Promise.resolve()
  const ask = <T>(m: object) =>
    new Promise<T>((resolve) => {
      child.once('message', (r) => resolve(r as T))
      child.send(m)
    })
  return pinned.then(() => new Promise((resolve) => child.once('message', () => resolve({ child, ask }))))
}

interface Side {
  mode: Mode
  child: ChildProcess
  ask: <T>(m: object) => Promise<T>
  rooms: LoadClient[][]
  latencies: number[]
  delivered: number
  mem0: { heap: number; rss: number }
  cpu0: number
}

/**
 * Runs the servers of `modes` at the same time, with the same schedule (room r of every server edits at the same
 * instant, in alternating order), so they share whatever else the machine is doing; results per server.
 */
async function run(modes: Mode[], sc: Scenario, hostile = false): Promise<Record<string, Result>> {
  const warm = Math.max(2, Math.floor(sc.edits / 10)) // JIT warm-up edits: delivered, not timed
  const sides: Side[] = []
  for (const mode of modes) {
    const { child, ask } = await startChild(mode)
    const { urls } = await ask<{ urls: string[][] }>({ type: 'setup', rooms: sc.rooms, clients: sc.clients })
    const mem0 = await ask<{ heap: number; rss: number }>({ type: 'mem' })
    const side: Side = { mode, child, ask, rooms: [], latencies: [], delivered: 0, mem0, cpu0: 0 }
    const onDelivered = (l: number, key: string) => {
      side.delivered++
      if (Number(key.split('-')[1]) >= warm) side.latencies.push(l)
    }
    side.rooms = urls.map((row) => row.map((u) => new LoadClient(u, onDelivered)))
    const all = side.rooms.flat()
    for (let i = 0; i < all.length; i += 250) await Promise.all(all.slice(i, i + 250).map((c) => c.open()))
    sides.push(side)
  }
  const attacker = hostile ? await startAttacker(sides[0]!) : null
  for (const side of sides) side.cpu0 = (await side.ask<{ micros: number }>({ type: 'cpu' })).micros
  const expected = sc.rooms * sc.edits * (sc.clients - 1)
  await new Promise<void>((resolve) => {
    let done = 0
    for (let r = 0; r < sc.rooms; r++) {
      const writers = sides.map((side) => side.rooms[r]![0]!)
      if (r % 2 === 1) writers.reverse()
      let n = 0
      const tick = () => {
        for (const w of writers) w.edit(`${r}-${n}`)
        if (++n < sc.edits) setTimeout(tick, sc.intervalMs)
        else if (++done === sc.rooms) resolve()
      }
      setTimeout(tick, (r / sc.rooms) * sc.intervalMs)
    }
  })
  const deadline = Date.now() + 10_000
  while (sides.some((s) => s.delivered < expected) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 20))
  if (attacker) console.log(`  attacker: ${JSON.stringify(await attacker.stop())}`)
  const out: Record<string, Result> = {}
  for (const side of sides) {
    const cpu1 = (await side.ask<{ micros: number }>({ type: 'cpu' })).micros
    const mem1 = await side.ask<{ heap: number; rss: number }>({ type: 'mem' })
    const heap = mem1.heap - side.mem0.heap
    const conns = sc.rooms * sc.clients
    out[side.mode] = {
      lat: percentiles(side.latencies),
      delivered: side.delivered,
      expected,
      heapPerRoom: heap / sc.rooms,
      heapPerConn: heap / conns,
      rssDelta: mem1.rss - side.mem0.rss,
      cpuPerDelivery: (cpu1 - side.cpu0) / Math.max(1, side.delivered),
    }
  }
  for (const side of sides) {
    for (const c of side.rooms.flat()) c.close()
    side.child.send({ type: 'exit' })
    await new Promise((r) => side.child.once('exit', r))
  }
  return out
}

/** Sets the CPU affinity of `pid` (and its threads) to `cpus` with taskset (--pin). */
async function pin(pid: number | undefined, cpus: string): Promise<void> {
  if (pid !== undefined) await runProgram('taskset', ['-a', '-cp', cpus, String(pid)])
}

/** Forks the hostile client against `side`'s server and starts its flood; `stop()` returns what it sent. */
async function startAttacker(side: Side) {
  const { target } = await side.ask<{ target: HostileTarget }>({ type: 'hostile' })
  const child = fork(new URL('./hostile-client.ts', import.meta.url).pathname, [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  if (values.pin && child.pid !== undefined) {
    await pin(child.pid, '1')
    setPriority(child.pid, 19)
  }
  const next = () =>
    new Promise<{ type: string; stats?: unknown }>((r) => child.once('message', (m) => r(m as never)))
  await next()
  child.send({ type: 'start', target })
  await next()
  // A second of flood before the timed edits: the attack is in full swing when measuring starts.
  await new Promise((r) => setTimeout(r, 1000))
  return {
    async stop() {
      child.send({ type: 'stop' })
      const { stats } = await next()
      await new Promise((r) => child.once('exit', r))
      return stats
    },
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
    modes: { type: 'string' },
    apart: { type: 'boolean' },
    pin: { type: 'boolean' },
    prof: { type: 'string' },
  },
})
if (values.pin) await pin(process.pid, '1')
const SCENARIOS: Record<string, Scenario> = {
  small: {
    name: '100 rooms × 4 clients, 50 edits @ 100 ms',
    rooms: 100,
    clients: 4,
    edits: 50,
    intervalMs: 100,
  },
  hostile: {
    name: '100 rooms × 4 clients, 50 edits @ 100 ms, without and with one hostile participant',
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
    ? [SCENARIOS.small!, SCENARIOS.large!, SCENARIOS.hostile!]
    : [SCENARIOS[values.scenario!]!]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
const fmt = (xs: number[]) => `${xs.map((r) => r.toFixed(2)).join(', ')}; median ${median(xs).toFixed(2)}`
async function hostileRuns(sc: Scenario, repeat: number): Promise<void> {
  console.log(`\n## ${sc.name} — ${repeat} pair(s), our server only`)
  const ratios: number[] = []
  for (let i = 0; i < repeat; i++) {
    const calm = (await run(['ours'], sc)).ours!
    console.log(line(`without attacker #${i + 1}`, calm))
    const attacked = (await run(['ours'], sc, true)).ours!
    console.log(line(`with attacker #${i + 1}`, attacked))
    ratios.push(attacked.lat.p99 / calm.lat.p99)
  }
  console.log(`other sessions' p99 with / without the attacker: ${fmt(ratios)} (target ≤ 1.30)`)
}

for (const sc of chosen) {
  if (sc === SCENARIOS.hostile) {
    await hostileRuns(sc, Number(values.repeat ?? 3))
    continue
  }
  const repeat = Number(values.repeat ?? (sc.rooms > 500 ? 1 : 3))
  const modes = (values.modes ?? (sc.rooms > 500 ? 'reference,ours' : 'reference,ours,ours-memory')).split(
    ',',
  ) as Mode[]
  const how = (values.apart ?? sc.rooms > 500) ? 'one after the other' : 'side by side'
  console.log(`\n## ${sc.name} — ${repeat} run(s), servers ${how}: ${modes.join(', ')}`)
  const ratios: Record<string, { p99: number[]; cpu: number[] }> = {}
  for (let i = 0; i < repeat; i++) {
    // Large runs go one server at a time: 2 × 5,000 sockets would make the load generator the bottleneck.
    const apart = values.apart ?? sc.rooms > 500
    let got: Record<string, Result> = {}
    if (apart) for (const mode of modes) got = { ...got, ...(await run([mode], sc)) }
    else got = await run(modes, sc)
    for (const mode of modes) console.log(line(`${LABEL[mode]} #${i + 1}`, got[mode]!))
    for (const mode of modes.filter((m) => m !== 'reference')) {
      ratios[mode] ??= { p99: [], cpu: [] }
      ratios[mode].p99.push(got[mode]!.lat.p99 / got.reference!.lat.p99)
      ratios[mode].cpu.push(got[mode]!.cpuPerDelivery / got.reference!.cpuPerDelivery)
    }
  }
  for (const [mode, r] of Object.entries(ratios)) {
    console.log(
      `${LABEL[mode as Mode]} / reference — p99: ${fmt(r.p99)}; server CPU per delivery: ${fmt(r.cpu)}`,
    )
  }
}
