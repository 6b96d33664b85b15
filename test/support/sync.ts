/** Sync-socket helpers: real WebsocketProviders and raw `ws` sockets with tickets, and waiting on them. */

import WS from 'ws'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { fetchTicket } from './api'

/**
 * A real y-websocket WebsocketProvider (over `ws`) on `<sessionId>/<docName>`, with a fresh ticket. Destroy it
 * in your teardown. Note: on reconnect it reuses the (spent) ticket and is closed with 4401 — tests that need
 * reconnects should set `provider.params.ticket = await fetchTicket(...)` first.
 */
export async function connectDoc(
  server: { url: string; wsUrl: string },
  credential: string,
  sessionId: string,
  docName: string,
  doc: Y.Doc,
  opts: { connect?: boolean; awareness?: boolean } = {},
): Promise<TestProvider> {
  const ticket = await fetchTicket(server, credential, sessionId)
  return openProvider(server, sessionId, docName, doc, ticket, opts)
}

/**
 * y-websocket's provider leaves the Awareness it created running (a 3 s interval) after `destroy()`, and a
 * wait on a destroyed provider would hang on until its timeout: this one stops both when it is destroyed.
 */
export class TestProvider extends WebsocketProvider {
  /** Aborted by `destroy()`, so a pending `synced`/`closedWith` settles at once. */
  readonly gone = new AbortController()

  override destroy(): void {
    super.destroy()
    this.awareness.destroy()
    this.gone.abort()
  }
}

/** A WebsocketProvider with a given (possibly bad, spent or expired) ticket. */
export function openProvider(
  server: { wsUrl: string },
  sessionId: string,
  docName: string,
  doc: Y.Doc,
  ticket: string,
  opts: { connect?: boolean } = {},
): TestProvider {
  return new TestProvider(server.wsUrl, `${sessionId}/${docName}`, doc, {
    params: { ticket },
    WebSocketPolyfill: WS as unknown as typeof WebSocket,
    connect: opts.connect ?? true,
    disableBc: true,
  })
}

/** Polls `cond` until it is true or `timeoutMs` passes (then throws with `what`). */
export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  what = 'condition',
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/**
 * Waits for `event` on a provider, failing after `timeoutMs` or as soon as a TestProvider is destroyed (a
 * loser of a `Promise.race` leaves no timer behind).
 */
function providerEvent<T>(
  provider: WebsocketProvider,
  subscribe: (done: (value: T) => void) => void,
  what: string,
  timeoutMs: number,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const signal = provider instanceof TestProvider ? provider.gone.signal : null
    const settle = (fn: () => void) => {
      clearTimeout(t)
      signal?.removeEventListener('abort', onGone)
      fn()
    }
    const onGone = () => settle(() => reject(new Error(`${what}: the provider was destroyed`)))
    const t = setTimeout(() => settle(() => reject(new Error(what))), timeoutMs)
    if (signal?.aborted) return onGone()
    signal?.addEventListener('abort', onGone)
    subscribe((value) => settle(() => resolve(value)))
  })
}

/** Resolves when the provider has synced with the server. */
export function synced(provider: WebsocketProvider, timeoutMs = 5000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return providerEvent<void>(
    provider,
    (done) => provider.once('sync', () => done()),
    'provider did not sync',
    timeoutMs,
  )
}

/** Resolves with the close event code once the provider's socket is closed by the server. */
export function closedWith(provider: WebsocketProvider, timeoutMs = 5000): Promise<number> {
  return providerEvent<number>(
    provider,
    (done) => provider.once('connection-close', (event: { code: number } | null) => done(event?.code ?? -1)),
    'provider was not closed',
    timeoutMs,
  )
}

/** A raw `ws` socket on a sync document (for protocol-level tests); resolves once open. */
export async function openRawSocket(
  server: { url: string; wsUrl: string },
  credential: string,
  sessionId: string,
  docName: string,
): Promise<WS> {
  const ticket = await fetchTicket(server, credential, sessionId)
  const ws = new WS(`${server.wsUrl}/${sessionId}/${docName}?ticket=${encodeURIComponent(ticket)}`)
  ws.on('error', () => undefined)
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('close', (code) => reject(new Error(`closed before open: ${code}`)))
  })
  return ws
}

/** Resolves with the close code of a raw socket. */
export function rawClosed(ws: WS, timeoutMs = 5000): Promise<number> {
  if (ws.readyState === WS.CLOSED) return Promise.resolve(-1)
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('socket was not closed')), timeoutMs)
    ws.once('close', (code) => {
      clearTimeout(t)
      resolve(code)
    })
  })
}
