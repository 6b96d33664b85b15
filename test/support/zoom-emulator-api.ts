import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake Zoom OAuth/API host saw, so tests can check exactly what our server sent. */
export interface ZoomApiCall {
  method: string
  path: string
  authorization: string | undefined
  body: string
}

export interface FakeZoomApi {
  url: string
  calls: ZoomApiCall[]
  /** Codes handed out by `/oauth/authorize`, with the PKCE challenge and redirect they were issued for. */
  codes: Map<string, { challenge: string; method: string; redirectUri: string }>
  deeplink: string
  close(): Promise<void>
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A stand-in for Zoom's OAuth host and REST API on port 0: `/oauth/authorize` (the user consents at once and
 * is sent back with a code), `/oauth/token` (checks Basic auth, the redirect URI and that
 * base64url(sha256(code_verifier)) equals the challenge the code was issued for; codes are single use) and
 * `/v2/zoomapp/deeplink` (Bearer token).
 */
export async function startFakeZoomApi(clientId: string, clientSecret: string): Promise<FakeZoomApi> {
  const api: Omit<FakeZoomApi, 'url' | 'close'> = {
    calls: [],
    codes: new Map(),
    deeplink: 'https://zoom.us/launch/za/fake-deeplink',
  }
  const server = createServer(async (req, res) => {
    const body = await readBody(req)
    const path = new URL(req.url ?? '/', 'http://x').pathname
    api.calls.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body })
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json))
    }
    if (req.method === 'GET' && path === '/oauth/authorize') {
      const q = new URL(req.url ?? '/', 'http://x').searchParams
      if (q.get('client_id') !== clientId || q.get('response_type') !== 'code')
        return send(400, { error: 'bad' })
      const code = randomBytes(8).toString('hex')
      const redirectUri = q.get('redirect_uri') ?? ''
      api.codes.set(code, {
        challenge: q.get('code_challenge') ?? '',
        method: q.get('code_challenge_method') ?? '',
        redirectUri,
      })
      const back = new URL(redirectUri)
      back.search = new URLSearchParams({ code, state: q.get('state') ?? '' }).toString()
      res.writeHead(302, { location: back.href }).end()
      return
    }
    if (req.method === 'POST' && path === '/oauth/token') {
      const form = new URLSearchParams(body)
      const basic = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`
      const issued = api.codes.get(form.get('code') ?? '')
      api.codes.delete(form.get('code') ?? '')
      const verifier = form.get('code_verifier') ?? ''
      const ok =
        issued !== undefined &&
        req.headers.authorization === basic &&
        form.get('grant_type') === 'authorization_code' &&
        form.get('redirect_uri') === issued.redirectUri &&
        issued.method === 'S256' &&
        createHash('sha256').update(verifier).digest('base64url') === issued.challenge
      if (ok) send(200, { access_token: 'zoom-access-token', token_type: 'bearer', expires_in: 3600 })
      else send(400, { reason: 'Invalid authorization code', error: 'invalid_grant' })
      return
    }
    if (req.method === 'POST' && path === '/v2/zoomapp/deeplink') {
      if (req.headers.authorization !== 'Bearer zoom-access-token')
        send(401, { code: 124, message: 'Invalid token' })
      else send(201, { deeplink: api.deeplink })
      return
    }
    send(404, { message: 'not found' })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return Object.assign(api as FakeZoomApi, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
