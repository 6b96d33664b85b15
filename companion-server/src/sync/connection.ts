import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Logger } from 'pino'
import type { RawData, WebSocket } from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Actor } from '../auth/actor'
import { guardAwareness } from './awareness-guard'
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

export interface SyncLimits {
  /** Largest encoded document a write may grow to (bytes); beyond it the socket closes with 4413. */
  maxDocBytes: number
  /** Token bucket for write messages per connection: sustained rate and burst; beyond it, close 4429. */
  updatesPerSecond: number
  updateBurst: number
}

interface Conn extends RoomConn {
  room: Room
  readOnly: boolean
  actor: Actor
  tokens: number
  refilledAt: number
}

/**
 * Serves one authenticated socket on a room: answers sync step 1, applies writes unless the connection is
 * read-only, relays guarded awareness. Any malformed frame closes this socket only.
 */
export function attachConnection(
  room: Room,
  ws: WebSocket,
  opts: { actor: Actor; readOnly: boolean; limits: SyncLimits; logger: Logger; onClose: () => void },
): (data: RawData) => void {
  const { limits } = opts
  const conn: Conn = {
    ws,
    room,
    participantId: opts.actor.id,
    clientId: null,
    readOnly: opts.readOnly,
    actor: opts.actor,
    tokens: limits.updateBurst,
    refilledAt: performance.now(),
  }
  room.conns.set(ws, conn)

  const onMessage = (data: RawData): void => {
    try {
      handle(conn, toBytes(data), limits)
    } catch (err) {
      opts.logger.warn({ doc: room.name, err: (err as Error).message }, 'malformed sync message')
      ws.close(CLOSE.badMessage, 'malformed message')
    }
  }
  ws.on('message', onMessage)
  ws.on('close', () => {
    room.conns.delete(ws)
    const id = conn.clientId
    if (id !== null && ownerOf(room, id) === undefined) {
      awarenessProtocol.removeAwarenessStates(room.awareness, [id], null)
    }
    opts.onClose()
  })

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
      encoding.writeVarUint8Array(e, Y.encodeStateAsUpdate(conn.room.doc, sv))
      conn.ws.send(encoding.toUint8Array(e))
    } else if (sub === SYNC_STEP2 || sub === SYNC_UPDATE) {
      if (conn.readOnly) return // dropped before it touches the doc, the store or anyone else
      const update = decoding.readVarUint8Array(d)
      if (!takeToken(conn, limits)) return void conn.ws.close(CLOSE.rateLimited, 'update rate exceeded')
      if (conn.room.size + update.length > limits.maxDocBytes) {
        return void conn.ws.close(CLOSE.docTooLarge, 'document size cap reached')
      }
      Y.applyUpdate(conn.room.doc, update, conn.ws)
    } else {
      throw new Error(`unknown sync message ${sub}`)
    }
  } else if (type === MSG_AWARENESS) {
    const guarded = guardAwareness(decoding.readVarUint8Array(d), {
      get clientId() {
        return conn.clientId
      },
      set clientId(id) {
        conn.clientId = id
      },
      canClaim: (id) => {
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
    if (guarded) awarenessProtocol.applyAwarenessUpdate(conn.room.awareness, guarded, conn.ws)
  } else if (type === MSG_QUERY_AWARENESS) {
    sendFullAwareness(conn)
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
  conn.ws.send(encoding.toUint8Array(e))
}

function takeToken(conn: Conn, limits: SyncLimits): boolean {
  const now = performance.now()
  conn.tokens = Math.min(
    limits.updateBurst,
    conn.tokens + ((now - conn.refilledAt) / 1000) * limits.updatesPerSecond,
  )
  conn.refilledAt = now
  if (conn.tokens < 1) return false
  conn.tokens -= 1
  return true
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}
