/** The page's three Jitsi REST calls; the credential travels only in the Authorization header. */
import type { JitsiEndpointsResponse, JitsiRoomResponse } from '@mediation/protocol'

export interface JitsiClient {
  room(): Promise<JitsiRoomResponse>
  announce(endpointId: string): Promise<void>
  bindings(endpointIds: string[]): Promise<Record<string, string>>
}

/** An HTTP error with the server's message (shown to the person as is). */
export class JitsiApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
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
      const err = (await res.json().catch(() => null)) as { error?: string } | null
      throw new JitsiApiError(res.status, err?.error ?? res.statusText)
    }
    return (res.status === 204 ? undefined : await res.json()) as T
  }
  return {
    room: () => call<JitsiRoomResponse>('GET', '/room'),
    announce: (endpointId) => call<void>('POST', '/endpoint', { endpointId }),
    bindings: async (ids) =>
      (await call<JitsiEndpointsResponse>('GET', `/endpoints?ids=${ids.map(encodeURIComponent).join(',')}`))
        .bindings,
  }
}
