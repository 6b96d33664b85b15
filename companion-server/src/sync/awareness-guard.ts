import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

/** The identity the server stamps into `state.user` of every awareness state it relays. */
export interface StampedIdentity {
  name: string
  role: string
  participantId: string
  sideId: string | null
}

export interface GuardContext {
  /** The client id this connection announced first (null until it announces one). */
  clientId: number | null
  /** May this connection take `clientId`? False when another participant's connection holds it. */
  canClaim(clientId: number): boolean
  identity: StampedIdentity
}

/** The sidebar announces no state of its own beyond the stamped identity; 2 KB leaves room and stops abuse. */
const MAX_STATE_CHARS = 2 * 1024

/** The connection's own state is over the cap: a refusal the socket is told about (1009), not a silent drop. */
export class AwarenessTooLarge extends Error {}

/**
 * Filters one awareness update (y-protocols encoding) from a connection: entries for client ids other than the
 * connection's own are dropped (the first id it announces binds), and identity fields are overwritten from the
 * credential. Returns the re-encoded update, or null when nothing is left. Throws on malformed input.
 */
export function guardAwareness(update: Uint8Array, ctx: GuardContext): Uint8Array | null {
  const d = decoding.createDecoder(update)
  const n = decoding.readVarUint(d)
  const out = encoding.createEncoder()
  let kept = 0
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d)
    const clock = decoding.readVarUint(d)
    const json = decoding.readVarString(d)
    if (ctx.clientId === null && ctx.canClaim(clientId)) ctx.clientId = clientId
    if (clientId !== ctx.clientId) continue
    if (json.length > MAX_STATE_CHARS) throw new AwarenessTooLarge('awareness state too large')
    const state: unknown = JSON.parse(json)
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) continue
    encoding.writeVarUint(out, clientId)
    encoding.writeVarUint(out, clock)
    encoding.writeVarString(
      out,
      JSON.stringify(state === null ? null : stamp(state as Record<string, unknown>, ctx)),
    )
    kept++
  }
  if (kept === 0) return null
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, kept)
  encoding.writeUint8Array(e, encoding.toUint8Array(out))
  return encoding.toUint8Array(e)
}

/** Overwrites `user` from the credential and drops `server`, which only the server's own state may carry. */
function stamp(state: Record<string, unknown>, ctx: GuardContext): Record<string, unknown> {
  const { server: _server, ...rest } = state
  const user = typeof state.user === 'object' && state.user !== null ? state.user : {}
  return { ...rest, user: { ...user, ...ctx.identity } }
}
