/**
 * The fake Jitsi deployment: an HTTPS origin (self-signed, port 0) that serves the real external_api.js, the fake
 * meeting page for any room path, and a WebSocket to the fake conference backend. The embedder's postis checks
 * that messages come from exactly `https://<domain>`, so the page must really live on that origin.
 */
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import { WebSocketServer } from 'ws'
import { buildExternalApi, CACHE_NODE_MODULES } from '../jitsi-external-api'
import { type ConferenceOptions, createConference, type Endpoint, type FakeJitsiRules } from './conference'
import { selfSignedLocalhost } from './self-signed'
import type { PageMessage } from './wire'

const pageHtml = (
  rules: FakeJitsiRules,
) => `<!doctype html><html><head><meta charset="utf-8"><title>Fake Jitsi</title><style>
body{margin:0;background:#1e1e1e;color:#eee;font:14px system-ui,sans-serif;height:100vh;overflow:hidden}
#stage{display:flex;flex-wrap:wrap;gap:8px;padding:8px;align-content:flex-start}
.tile{flex:1 1 140px;min-height:90px;background:#333;border-radius:6px;display:flex;align-items:center;
justify-content:center;border:3px solid transparent}.speaking{border-color:#2e7d32}.hand::after{content:" ✋"}
.muted::before{content:"🔇 "}#bar{position:absolute;bottom:0;left:0;right:0;padding:6px;background:#111;
text-align:center;font-size:12px;color:#aaa}
#prejoin{padding:24px;text-align:center}#prejoin button{font:inherit;padding:8px 16px}#notice{padding:8px}</style></head>
<body><div id="prejoin" hidden><p>Check your camera and microphone</p><button id="prejoin-join">Join meeting</button>
</div><div id="notice"></div><div id="stage"></div><div id="bar">Fake Jitsi Meet (test double)</div>
<script>window.__fakeRules=${JSON.stringify({ prejoin: rules.prejoin })}</script>
<script src="/_fake/meeting.js"></script></body></html>`

async function bundlePage(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('./page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    nodePaths: [CACHE_NODE_MODULES],
    write: false,
    logLevel: 'error',
  })
  return out.outputFiles[0]?.text ?? ''
}

/** Starts the fake deployment; `domain` is what the plugin page gets as its Jitsi domain (`localhost:<port>`). */
export async function startFakeJitsi(opts: ConferenceOptions = {}) {
  // The page bundles js-utils from the cache that building external_api.js fills, so build that first.
  const externalApi = await readFile(await buildExternalApi())
  const pageJs = await bundlePage()
  const conference = createConference(opts)
  const extra = new Map<string, { type: string; body: string }>()
  let down = false
  const server = createServer(selfSignedLocalhost(), (req, res) => {
    // An outage or a firewall: the connection is cut before any answer.
    if (down) return void req.socket.destroy()
    const path = new URL(req.url ?? '/', 'https://x').pathname
    const own = extra.get(path)
    const [type, body] = own
      ? [own.type, own.body]
      : path.endsWith('/external_api.js')
        ? ['text/javascript', externalApi]
        : path === '/_fake/meeting.js'
          ? ['text/javascript', pageJs]
          : ['text/html; charset=utf-8', pageHtml(conference.rules)]
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
  })
  const wss = new WebSocketServer({ server, path: '/_fake/ws' })
  wss.on('connection', (ws) => {
    let me: Endpoint | null = null
    ws.on('message', (raw) => {
      const m = JSON.parse(String(raw)) as PageMessage
      if (m.t === 'hello') {
        me = conference.join(m, (out) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(out)))
        if (!me) ws.close(4401, 'token refused')
      } else if (me && m.t === 'command') conference.command(me, m.name, m.data)
      else if (me && m.t === 'request')
        ws.send(JSON.stringify({ t: 'response', id: m.id, ...conference.request(me, m.request) }))
    })
    ws.on('close', () => me && conference.leave(me))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    domain: `localhost:${port}`,
    conference,
    /** Serves an extra file on this origin (a test harness page). */
    serve(path: string, type: string, body: string) {
      extra.set(path, { type, body })
    },
    /** The deployment goes down (every request is cut) or comes back. */
    setDown(value: boolean) {
      down = value
    },
    /** Open meeting-page connections right now (one per live iframe). */
    connections: () => wss.clients.size,
    async close() {
      for (const ws of wss.clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type FakeJitsi = Awaited<ReturnType<typeof startFakeJitsi>>
