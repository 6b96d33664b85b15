import type { SessionSummary, ZoomClaimResponse, ZoomMeetingResponse } from '@mediation/protocol'

/** A failed call with the server's status and `code` (e.g. `ZOOM-PAIR-NEEDED`). */
export class ZoomClientError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null,
  ) {
    super(message)
    this.name = 'ZoomClientError'
  }
}

export interface SessionDetails {
  id: string
  sides: { id: string; name: string }[]
  participants: { id: string; name: string; role: string; sideId: string | null }[]
}

/**
 * The companion-server calls the Zoom shell makes. Every `/zoom/api` call carries a fresh app context from
 * `getAppContext()` (it expires after about two minutes), so identity always comes from Zoom's signed blob.
 */
export function createZoomClient(serverUrl: string, appContext: () => Promise<string>) {
  const call = async <T>(
    method: string,
    path: string,
    opts: { body?: unknown; bearer?: string; zoom?: boolean } = {},
  ) => {
    const headers: Record<string, string> = {}
    if (opts.body !== undefined) headers['content-type'] = 'application/json'
    if (opts.bearer) headers.authorization = `Bearer ${opts.bearer}`
    if (opts.zoom) headers['x-zoom-app-context'] = await appContext()
    const res = await fetch(new URL(path, serverUrl), {
      method,
      headers,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
    })
    const text = await res.text()
    const json = text ? (JSON.parse(text) as unknown) : null
    if (!res.ok) {
      const err = json as { error?: string; code?: string } | null
      throw new ZoomClientError(res.status, err?.error ?? res.statusText, err?.code ?? null)
    }
    return json as T
  }
  return {
    claim: (participantUUID: string) =>
      call<ZoomClaimResponse>('POST', '/zoom/api/claim', { body: { participantUUID }, zoom: true }),
    pair: (code: string, participantUUID: string) =>
      call<ZoomClaimResponse>('POST', '/zoom/api/pair', { body: { code, participantUUID }, zoom: true }),
    updateSelf: (bearer: string, participantUUID: string, breakoutRoomUUID: string | null) =>
      call<null>('PUT', '/zoom/api/self', {
        bearer,
        zoom: true,
        body: { participantUUID, breakoutRoomUUID },
      }),
    login: (email: string, password: string) =>
      call<{ token: string }>('POST', '/api/login', { body: { email, password } }),
    sessions: (bearer: string) => call<SessionSummary[]>('GET', '/api/sessions', { bearer }),
    session: (bearer: string, id: string) =>
      call<SessionDetails>('GET', `/api/sessions/${encodeURIComponent(id)}`, { bearer }),
    meeting: (bearer: string) =>
      call<ZoomMeetingResponse>('GET', '/zoom/api/meeting', { bearer, zoom: true }),
    link: (bearer: string, sessionId: string) =>
      call<null>('POST', '/zoom/api/link', { bearer, zoom: true, body: { sessionId } }),
    assign: (bearer: string, participantUUID: string, participantId: string | null) =>
      participantId
        ? call<null>('PUT', `/zoom/api/assignments/${encodeURIComponent(participantUUID)}`, {
            bearer,
            zoom: true,
            body: { participantId },
          })
        : call<null>('DELETE', `/zoom/api/assignments/${encodeURIComponent(participantUUID)}`, {
            bearer,
            zoom: true,
          }),
  }
}

export type ZoomClient = ReturnType<typeof createZoomClient>
