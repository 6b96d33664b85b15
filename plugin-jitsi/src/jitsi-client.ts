/** The page's Jitsi REST calls; the credential travels only in the Authorization header. */
import type {
  ApiError,
  JitsiEndpointsResponse,
  JitsiKnockResponse,
  JitsiRoomResponse,
} from '@mediation/protocol'

export interface JitsiClient {
  /** The room the caller belongs in; the mediator may name the running caucus's room they move to. */
  room(want?: string): Promise<JitsiRoomResponse>
  /** The caller's practice room (a helper may name whose: `forId`). */
  practice(forId?: string): Promise<JitsiRoomResponse>
  announce(endpointId: string): Promise<void>
  /** Mediator: whether a lobby knocker of this name is a participant who may pass at once. */
  knock(name: string): Promise<JitsiKnockResponse>
  bindings(endpointIds: string[]): Promise<Record<string, string>>
}

/** An HTTP error: the page words it by status in the reader's language (the server's text is English). */
export class JitsiApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The rule the server named, if any (the page words it). */
    readonly code: string | null = null,
    /** STAGGER-EARLY: when this participant's meeting link opens (ISO), if known. */
    readonly opensAt: string | null = null,
  ) {
    super(message)
    this.name = 'JitsiApiError'
  }
}

export function createJitsiClient(serverUrl: string, sessionId: string, credential: string): JitsiClient {
  const base = `${serverUrl.replace(/\/$/, '')}/api/sessions/${encodeURIComponent(sessionId)}/jitsi`
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${credential}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    })
    if (!res.ok) {
      const err = (await res.json().catch(() => null)) as ApiError | null
      throw new JitsiApiError(
        res.status,
        err?.error ?? res.statusText,
        err?.code ?? null,
        err?.opensAt ?? null,
      )
    }
    return (res.status === 204 ? undefined : await res.json()) as T
  }
  return {
    room: (want) => call<JitsiRoomResponse>('GET', `/room${want ? `?want=${encodeURIComponent(want)}` : ''}`),
    practice: (forId) =>
      call<JitsiRoomResponse>('GET', `/practice${forId ? `?for=${encodeURIComponent(forId)}` : ''}`),
    announce: (endpointId) => call<void>('POST', '/endpoint', { endpointId }),
    knock: (name) => call<JitsiKnockResponse>('POST', '/knock', { name }),
    bindings: async (ids) =>
      (await call<JitsiEndpointsResponse>('GET', `/endpoints?ids=${ids.map(encodeURIComponent).join(',')}`))
        .bindings,
  }
}
