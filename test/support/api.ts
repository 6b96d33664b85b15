/** HTTP helpers for tests against a running companion server. */
import type { TicketResponse } from '@mediation/protocol'

/** fetch + JSON against the server's API with an optional bearer credential. */
export async function api<T = unknown>(
  server: { url: string },
  credential: string | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, headers: res.headers }
}

/** Fetches a ticket with `credential` (POST /api/tickets); throws on a non-201 answer. */
export async function fetchTicket(
  server: { url: string },
  credential: string,
  sessionId: string,
): Promise<string> {
  const res = await api<TicketResponse>(server, credential, 'POST', '/api/tickets', { sessionId })
  if (res.status !== 201) throw new Error(`ticket failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.ticket
}
