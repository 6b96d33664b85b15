/**
 * The one way a test gets a server: `useServer()` inside a `describe` starts it in that block's hooks and
 * registers its teardown right there; `withServer()` covers one inline start. Whatever a test opens through the
 * fixture (providers, raw sockets, `defer`red cleanups) is closed after that test, even when it fails.
 */
import type { ServerOptions } from '@mediation/companion-server'
import type WS from 'ws'
import * as Y from 'yjs'
import { startServer, type TestServer } from './server'
import { connectDoc, openRawSocket, type TestProvider } from './sync'

type Options = Partial<ServerOptions>
type Cleanup = () => unknown

/**
 * The server a `describe` block runs against, and what its tests open on it. It reads as the running server
 * itself (`server.url`, `server.context`, `api(server, …)`); `.server` is the plain object. Either throws
 * outside the hooks and tests the fixture covers.
 */
export type ServerFixture = TestServer & FixtureTools

interface FixtureTools {
  /** The running server. */
  readonly server: TestServer
  /** A WebsocketProvider on `<sessionId>/<docName>` (see `connectDoc`), destroyed after the current test. */
  connect(credential: string, sessionId: string, docName: string, doc?: Y.Doc): Promise<TestProvider>
  /** A raw sync socket (see `openRawSocket`), terminated after the current test. */
  raw(credential: string, sessionId: string, docName: string): Promise<WS>
  /** Runs `fn` after the current test, or at teardown when called from a `before` hook; last in, first run. */
  defer(fn: Cleanup): void
  /** Stops the server keeping its data, then starts a new one on that data folder (pass `port` to keep it). */
  restart(opts?: Options): Promise<TestServer>
}

async function runAll(cleanups: Cleanup[]): Promise<void> {
  const errors: unknown[] = []
  for (const fn of cleanups.splice(0).reverse()) {
    try {
      await fn()
    } catch (e) {
      errors.push(e)
    }
  }
  if (errors.length) throw new AggregateError(errors, `${errors.length} cleanup(s) failed`)
}

/**
 * Starts a real server (port 0, temp data folder) in `before` — or `beforeEach` with `{each: true}` — and stops
 * it in the matching `after`/`afterEach`, removing its data. Call it in a `describe` body. `opts` may be a
 * function, called when the server starts (for options a `before` hook computes).
 */
export function useServer(
  opts: Options | (() => Options | Promise<Options>) = {},
  { each = false }: { each?: boolean } = {},
): ServerFixture {
  let current: TestServer | null = null
  let baseOpts: Options = {}
  let inTest = false
  const perTest: Cleanup[] = []
  const perSuite: Cleanup[] = []

  const start = async () => {
    baseOpts = typeof opts === 'function' ? await opts() : opts
    current = await startServer(baseOpts)
  }
  const stop = async () => {
    const s = current
    current = null
    await s?.stop()
  }
  beforeEach(() => {
    inTest = true
  })
  afterEach(async () => {
    inTest = false
    await runAll(perTest)
  })
  if (each) {
    beforeEach(start)
    afterEach(stop)
  } else {
    before(start)
    after(async () => {
      try {
        await runAll(perSuite)
      } finally {
        await stop()
      }
    })
  }

  const running = (): TestServer => {
    if (!current) throw new Error('useServer: no server here (outside its describe block, or stopped)')
    return current
  }
  const tools: FixtureTools = {
    get server() {
      return running()
    },
    defer(fn) {
      ;(inTest || each ? perTest : perSuite).push(fn)
    },
    async connect(credential, sessionId, docName, doc = new Y.Doc()) {
      const p = await connectDoc(running(), credential, sessionId, docName, doc)
      tools.defer(() => p.destroy())
      return p
    },
    async raw(credential, sessionId, docName) {
      const ws = await openRawSocket(running(), credential, sessionId, docName)
      tools.defer(() => ws.terminate())
      return ws
    },
    async restart(extra = {}) {
      const old = running()
      await old.stop({ keepData: true })
      current = null
      try {
        current = await startServer({ ...baseOpts, ...extra, dataDir: old.dataDir })
      } catch (e) {
        await old.stop()
        throw e
      }
      return current
    },
  }
  // Everything but the tools is the current server's, looked up at each use (a restart swaps it). Not a
  // thenable, so an async function may return the fixture.
  return new Proxy(tools, {
    get: (target, prop) =>
      prop in target ? Reflect.get(target, prop) : prop === 'then' ? undefined : Reflect.get(running(), prop),
    has: (target, prop) => prop in target || prop in running(),
  }) as ServerFixture
}

/**
 * For tests that start servers themselves (a restart on one data folder, several at once): every server
 * `start` gives is stopped after the current test, last first, its data removed. Call it in a `describe` body.
 */
export function useServers(): { start(opts?: Options): Promise<TestServer> } {
  const started: TestServer[] = []
  afterEach(() => runAll(started.splice(0).map((s) => () => s.stop())))
  return {
    async start(opts = {}) {
      const s = await startServer(opts)
      started.push(s)
      return s
    },
  }
}

/** Starts a server for the span of `fn` and stops it however `fn` ends (removing its data unless `keepData`). */
export async function withServer<T>(
  opts: Options,
  fn: (server: TestServer) => Promise<T>,
  { keepData = false }: { keepData?: boolean } = {},
): Promise<T> {
  const server = await startServer(opts)
  try {
    return await fn(server)
  } finally {
    await server.stop({ keepData })
  }
}
