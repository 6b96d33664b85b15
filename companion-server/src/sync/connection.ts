import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Logger } from 'pino'
import type { RawData, WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Caller } from '../auth/actor'
import { AwarenessTooLarge, guardAwareness } from './awareness-guard'
import type { ParticipantBudget } from './budgets'
import { dropPending, hasPending, updateCost } from './doc-cost'
import {
  CLOSE,
  MSG_AWARENESS,
  MSG_QUERY_AWARENESS,
  MSG_SYNC,
  SYNC_STEP1,
  SYNC_STEP2,
  SYNC_UPDATE,
} from './messages'
import type { Room, RoomConn } from './room'
import { rootsTouched } from './update-roots'

export interface SyncLimits {
  /** Largest encoded document a write may grow to (bytes); beyond it the socket closes with 4413. */
  maxDocBytes: number
  /** Largest awareness message (bytes; echoes of everyone's states included); larger closes with 1009. */
  maxAwarenessBytes: number
}

/** Time a refused client has to complete the close handshake before its socket is dropped. */
const KICK_GRACE_MS = 2000

interface Conn extends RoomConn {
  room: Room
  readOnly: boolean
  /** The top-level types this socket must not change (CAUCUS-8: `rawForbiddenRoots`). */
  forbidden: readonly string[]
  /** A last check of a write before it is applied: a refusal reason, or null (SAFETY-4: `jointGuard`). */
  guard: WriteGuard | null
  actor: Caller
  budget: ParticipantBudget
  gone: boolean
}

export type WriteGuard = (doc: Y.Doc, update: Uint8Array) => string | null

/**
 * Serves one authenticated socket on a room: answers sync step 1, applies writes unless the connection is
 * read-only, relays guarded awareness. Any malformed frame closes this socket only.
 */
export function attachConnection(
  room: Room,
  ws: WebSocket,
  opts: {
    actor: Caller
    readOnly: boolean
    forbidden: readonly string[]
    guard?: WriteGuard | null
    budget: ParticipantBudget
    /** Checked on every message: an expired or revoked participant's socket is closed 4401 at once. */
    stillMember: () => boolean
    limits: SyncLimits
    logger: Logger
    onClose: () => void
  },
): (data: RawData) => void {
  const { limits } = opts
  // Leaving the room happens once, at the first of: a kick (refusal, backlog) or the socket's close. A kicked
  // socket that never reads may take ws's close timeout to go; it must stop costing anything right away.
  const leave = () => {
    if (conn.gone) return
    conn.gone = true
    room.conns.delete(ws)
    conn.budget.sockets.delete(socketHandle)
    const id = conn.clientId
    if (id !== null && ownerOf(room, id) === undefined) {
      awarenessProtocol.removeAwarenessStates(room.awareness, [id], null)
    }
    opts.onClose()
  }
  const conn: Conn = {
    ws,
    room,
    participantId: opts.actor.id,
    clientId: null,
    readOnly: opts.readOnly,
    forbidden: opts.forbidden,
    guard: opts.guard ?? null,
    actor: opts.actor,
    budget: opts.budget,
    gone: false,
    kick(code, reason) {
      leave()
      ws.close(code, reason)
      // A client that keeps sending after the close frame is cut off after a round trip's grace, so a flood
      // costs no parsing for long. A socket closed for not reading keeps ws's own timeout: it must be able to
      // drain its queue and still learn why it was closed.
      if (code !== CLOSE.backlog) setTimeout(() => ws.terminate(), KICK_GRACE_MS).unref()
    },
  }
  const socketHandle = { close: (code: number, reason: string) => conn.kick(code, reason) }
  room.conns.set(ws, conn)
  conn.budget.sockets.add(socketHandle)

  const onMessage = (data: RawData): void => {
    if (conn.gone) return
    if (!opts.stillMember()) return void conn.kick(CLOSE.unauthorized, 'no longer a member of this session')
    try {
      handle(conn, toBytes(data), limits)
    } catch (err) {
      opts.logger.warn({ doc: room.name, err: (err as Error).message }, 'malformed sync message')
      conn.kick(CLOSE.badMessage, 'malformed message')
    }
  }
  ws.on('message', onMessage)
  ws.on('close', leave)

  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_SYNC)
  encoding.writeVarUint(e, SYNC_STEP1)
  encoding.writeVarUint8Array(e, Y.encodeStateVector(room.doc))
  ws.send(encoding.toUint8Array(e))
  sendFullAwareness(conn)
  return onMessage
}

function handle(conn: Conn, bytes: Uint8Array, limits: SyncLimits): void {
  const d = decoding.createDecoder(bytes)
  const type = decoding.readVarUint(d)
  if (type === MSG_SYNC) {
    const sub = decoding.readVarUint(d)
    if (sub === SYNC_STEP1) {
      const sv = decoding.readVarUint8Array(d)
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, MSG_SYNC)
      encoding.writeVarUint(e, SYNC_STEP2)
      encoding.writeVarUint8Array(e, conn.room.stateFor(sv))
      conn.room.send(conn, encoding.toUint8Array(e), false)
    } else if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
      if (conn.readOnly) return // dropped before it touches the doc, the store or anyone else
      applyWrite(conn, decoding.readVarUint8Array(d), limits)
    } else {
      throw new Error(`unknown sync message ${sub}`)
    }
  } else if (type === MSG_AWARENESS) {
    if (bytes.length > limits.maxAwarenessBytes) {
      return void conn.kick(CLOSE.tooLarge, 'awareness state too large')
    }
    const guarded = guardOrNull(decoding.readVarUint8Array(d), {
      get clientId() {
        return conn.clientId
      },
      set clientId(id) {
        conn.clientId = id
      },
      canClaim: (id) => {
        // The room's own client id carries the server's state (storage health): no socket may take it.
        if (id === conn.room.doc.clientID) return false
        const owner = ownerOf(conn.room, id)
        return owner === undefined || owner.participantId === conn.participantId
      },
      identity: {
        name: conn.actor.name,
        role: conn.actor.role,
        participantId: conn.actor.id,
        sideId: conn.actor.sideId,
      },
    })
    if (guarded === 'tooLarge') return void conn.kick(CLOSE.tooLarge, 'awareness state too large')
    // Charged after the guard: only what carries the sender's own state counts against its awareness budget.
    const bucket = guarded ? conn.budget.awareness : conn.budget.awarenessEcho
    if (!bucket.take()) return void conn.kick(CLOSE.rateLimited, 'awareness rate exceeded')
    if (guarded) awarenessProtocol.applyAwarenessUpdate(conn.room.awareness, guarded, conn.ws)
  } else if (type === MSG_QUERY_AWARENESS) {
    if (!conn.budget.awareness.take()) return void conn.kick(CLOSE.rateLimited, 'awareness rate exceeded')
    sendFullAwareness(conn)
  }
}

/**
 * Applies one write within the participant's budgets and the document's: message rate and bytes first, then
 * size and structs (memory) before the update touches the doc, because a CRDT update cannot be taken back.
 */
function applyWrite(conn: Conn, update: Uint8Array, limits: SyncLimits): void {
  const { room, budget } = conn
  if (!budget.updates.take() || !budget.updateBytes.take(update.length)) {
    return void conn.kick(CLOSE.rateLimited, 'update rate exceeded')
  }
  const over = (size: number) => size + update.length > limits.maxDocBytes
  // `size` is an upper bound between whole snapshots: measured before a write is refused for it.
  if ((over(room.size) && over(room.measure())) || room.items + updateCost(update) > room.maxItems) {
    return void conn.kick(CLOSE.docTooLarge, 'document size cap reached')
  }
  const { forbidden } = conn
  if (forbidden.length > 0 && [...rootsTouched(room.doc, update)].some((r) => forbidden.includes(r))) {
    // Refused whole, before it touches the doc: e.g. an adviser allowing a caucus point to be passed on (CAUCUS-8).
    return void conn.kick(CLOSE.forbidden, 'this change is not yours to make')
  }
  const refusal = conn.guard?.(room.doc, update)
  if (refusal) return void conn.kick(CLOSE.forbidden, refusal)
  Y.applyUpdate(room.doc, update, conn.ws)
  if (hasPending(room.doc)) {
    dropPending(room.doc)
    conn.kick(CLOSE.badMessage, 'update builds on data the server does not have')
  }
}

function guardOrNull(
  update: Uint8Array,
  ctx: Parameters<typeof guardAwareness>[1],
): Uint8Array | null | 'tooLarge' {
  try {
    return guardAwareness(update, ctx)
  } catch (err) {
    if (err instanceof AwarenessTooLarge) return 'tooLarge'
    throw err
  }
}

function ownerOf(room: Room, clientId: number): RoomConn | undefined {
  for (const c of room.conns.values()) if (c.clientId === clientId) return c
  return undefined
}

function sendFullAwareness(conn: Conn): void {
  const states = conn.room.awareness.getStates()
  if (states.size === 0) return
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, MSG_AWARENESS)
  encoding.writeVarUint8Array(
    e,
    awarenessProtocol.encodeAwarenessUpdate(conn.room.awareness, [...states.keys()]),
  )
  conn.room.send(conn, encoding.toUint8Array(e), true)
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
