import assert from 'node:assert/strict'
import { request } from 'node:https'
import WS from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { selfSignedLocalhost } from '../support/fake-meeting/self-signed'
import { synced } from '../support/server'
import { useServer } from '../support/use-server'

/** POST/GET over HTTPS trusting only our test certificate. */
function httpsJson(
  url: string,
  ca: string,
  method: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ca,
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body === undefined ? undefined : JSON.stringify(body))
  })
}

describe('TLS: a configured certificate serves HTTPS and WSS on the same port', () => {
  const { key, cert } = selfSignedLocalhost()
  const server = useServer({ tls: { key, cert }, host: 'localhost' })

  it('answers /healthz over HTTPS and syncs a WebsocketProvider over wss://', async () => {
    assert.match(server.url, /^https:\/\/localhost:\d+$/)
    assert.match(server.wsUrl, /^wss:\/\//)
    assert.deepEqual(await httpsJson(`${server.url}/healthz`, cert, 'GET'), {
      status: 200,
      body: { ok: true },
    })
    // The fetch-based helpers cannot be told about our CA, so this test speaks HTTPS itself.
    const setup = await httpsJson(`${server.url}/api/setup`, cert, 'POST', undefined, {
      email: 'tls@example.org',
      name: 'T',
      password: 'a long password',
    })
    const token = (setup.body as { token: string }).token
    const session = await httpsJson(`${server.url}/api/sessions`, cert, 'POST', token, { title: 'TLS' })
    const sessionId = (session.body as { id: string }).id
    const ticket = await httpsJson(`${server.url}/api/tickets`, cert, 'POST', token, { sessionId })
    class TrustingWS extends WS {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { ca: cert })
      }
    }
    const doc = new Y.Doc()
    const p = new WebsocketProvider(server.wsUrl, `${sessionId}/board`, doc, {
      params: { ticket: (ticket.body as { ticket: string }).ticket },
      WebSocketPolyfill: TrustingWS as unknown as typeof WebSocket,
      disableBc: true,
    })
    try {
      await synced(p)
    } finally {
      p.destroy()
      doc.destroy() // the provider leaves its Awareness (and its interval) to the doc
    }
  })
})
