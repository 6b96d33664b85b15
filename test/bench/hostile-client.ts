/**
 * The attacker of bench:sync's hostile scenario, in a child process of its own (its CPU must not slow the load
 * generator's clock). One party in its own session floods everything a party can spend: one-key updates into its
 * private doc, awareness (oversized states and a stream of small ones), commands, and four sockets that never
 * read. Every refused socket reconnects with a fresh ticket (100 ms after a refused ticket). The rates are far
 * past every budget (20× the update budget, 100× awareness, 40× commands) but paced, not a spin loop: on this
 * 2-core machine a spinning attacker process would slow everything by taking the CPU, which on a real deployment
 * it does not have. Its own CPU use is reported with its counts.
 * IPC: {type:'start', target} → {type:'started'}; {type:'stop'} → {type:'stats', ...counts}, then exit.
 */
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import type { HostileTarget } from './bench-server'

const stats = {
  updates: 0,
  awareness: 0,
  commands: 0,
  refusedCommands: 0,
  refusedSockets: 0,
  tickets429: 0,
  closes: {} as Record<number, number>,
}
let running = true
const send = (m: unknown) => process.send?.(m)
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function post(
  t: HostileTarget,
  path: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.credential}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, json: text ? JSON.parse(text) : null }
}

async function ticket(t: HostileTarget): Promise<string | null> {
  const r = await post(t, '/api/tickets', { sessionId: t.sessionId })
  if (r.status === 429) stats.tickets429++
  return r.status === 201 ? (r.json as { ticket: string }).ticket : null
}

/** Opens a socket on `doc`, runs `attack` on it until it closes, then starts over while running. */
async function loop(t: HostileTarget, doc: string, attack: (ws: WebSocket) => void): Promise<void> {
  while (running) {
    const tk = await ticket(t)
    if (!tk) {
      await pause(100)
      continue
    }
    const ws = new WebSocket(`${t.wsUrl}/${t.sessionId}/${doc}?ticket=${tk}`)
    ws.on('error', () => undefined)
    // On to a new socket as soon as this one is refused (close frame received), without waiting for the
    // server to let go of it: the attacker wants as many chances as the budgets leave it.
    await new Promise<void>((resolve) => {
      ws.on('open', () => attack(ws))
      ws.on('close', (code) => {
        stats.closes[code] = (stats.closes[code] ?? 0) + 1
        resolve()
      })
      const watch = setInterval(() => {
        if (ws.readyState === ws.CLOSING || ws.readyState === ws.CLOSED) {
          clearInterval(watch)
          stats.refusedSockets++
          resolve()
        }
      }, 10)
    })
  }
}

function frame(type: number, payload: Uint8Array, sub?: number): Uint8Array {
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, type)
  if (sub !== undefined) encoding.writeVarUint(e, sub)
  encoding.writeVarUint8Array(e, payload)
  return encoding.toUint8Array(e)
}

function awareness(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify(state))
  return frame(1, encoding.toUint8Array(inner))
}

/** Runs `batch` every 10 ms while the socket is open. */
function every10ms(ws: WebSocket, batch: () => void): void {
  const timer = setInterval(() => {
    if (ws.readyState !== ws.OPEN || !running) clearInterval(timer)
    else batch()
  }, 10)
}

/** 2,000 one-key updates a second (a fresh doc per socket: nothing depends on missing data). */
function floodUpdates(ws: WebSocket): void {
  const doc = new Y.Doc()
  doc.on('update', (u: Uint8Array) => {
    if (ws.readyState === ws.OPEN) ws.send(frame(0, u, 2))
  })
  let k = 0
  every10ms(ws, () => {
    for (let i = 0; i < 20; i++) {
      doc.getMap('m').set(`k${k++}`, 1)
      stats.updates++
    }
  })
}

/** Every other socket sends a 15 KB state first; then small states as fast as possible. */
let awarenessSockets = 0
function floodAwareness(ws: WebSocket): void {
  const id = 1_000_000 + awarenessSockets++
  let clock = 1
  if (id % 2 === 0) ws.send(awareness(id, clock++, { pad: 'x'.repeat(15_000) }))
  every10ms(ws, () => {
    for (let i = 0; i < 5; i++) {
      ws.send(awareness(id, clock++, { i: clock, pad: 'y'.repeat(1500) }))
      stats.awareness++
    }
  })
}

/** 200 commands a second (one every 5 ms per loop, two loops). */
async function floodCommands(t: HostileTarget): Promise<void> {
  let speaking = false
  while (running) {
    speaking = !speaking
    const [r] = await Promise.all([
      post(t, `/api/sessions/${t.sessionId}/commands`, { type: 'reportSpeaking', speaking }),
      pause(10),
    ])
    stats.commands++
    if (r.status === 429) stats.refusedCommands++
  }
}

/** Opens a socket and never reads from it again: the server's queue for it grows with the flood's fan-out. */
function neverRead(ws: WebSocket): void {
  ws.pause()
}

process.on('message', (m: { type: 'start'; target: HostileTarget } | { type: 'stop' }) => {
  if (m.type === 'start') {
    const t = m.target
    const self = `private/${t.participantId}`
    const jobs = [
      loop(t, self, floodUpdates),
      ...Array.from({ length: 4 }, () => loop(t, self, neverRead)),
      loop(t, 'control', floodAwareness),
      loop(t, 'control', floodAwareness),
      floodCommands(t),
      floodCommands(t),
    ]
    void Promise.allSettled(jobs)
    send({ type: 'started' })
  } else {
    running = false
    const cpu = process.cpuUsage()
    send({ type: 'stats', stats: { ...stats, cpuMs: Math.round((cpu.user + cpu.system) / 1000) } })
    setTimeout(() => process.exit(0), 100).unref()
  }
})
send({ type: 'ready' })
