import type { ZoomConfig } from './config'
import { redirectUrl } from './config'

/** Zoom answered an OAuth or REST call with an error; the body is kept out of the message (it may hold tokens). */
export class ZoomApiCallError extends Error {
  constructor(
    readonly step: 'token' | 'deeplink',
    readonly status: number,
  ) {
    super(`Zoom ${step} call failed with HTTP ${status}`)
    this.name = 'ZoomApiCallError'
  }
}

/** Exchanges an authorization code (with its PKCE verifier) for an access token at `<oauthBase>/oauth/token`. */
export async function exchangeCode(cfg: ZoomConfig, code: string, verifier: string): Promise<string> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    code_verifier: verifier,
    redirect_uri: redirectUrl(cfg),
  })
  const basic = Buffer.from(`${cfg.clientId}:${cfg.clientSecret}`).toString('base64')
  const res = await fetch(new URL('/oauth/token', cfg.oauthBase), {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  if (!res.ok) throw new ZoomApiCallError('token', res.status)
  const json = (await res.json()) as { access_token?: unknown }
  if (typeof json.access_token !== 'string') throw new ZoomApiCallError('token', res.status)
  return json.access_token
}

/** Asks Zoom for a deep link that opens the client at our app (`POST <apiBase>/v2/zoomapp/deeplink`). */
export async function fetchDeepLink(cfg: ZoomConfig, accessToken: string): Promise<string> {
  const action = JSON.stringify({ url: '/zoom/', role_name: 'Owner', verified: 1, role_id: 0 })
  const res = await fetch(new URL('/v2/zoomapp/deeplink', cfg.apiBase), {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ action }),
  })
  if (!res.ok) throw new ZoomApiCallError('deeplink', res.status)
  const json = (await res.json()) as { deeplink?: unknown }
  if (typeof json.deeplink !== 'string' || !/^(https|zoommtg|zoomus):/i.test(json.deeplink)) {
    throw new ZoomApiCallError('deeplink', res.status)
  }
  return json.deeplink
}
