/** A raw y-websocket protocol client for load tests: a Y.Doc, sync and one awareness announcement, no provider. */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

export class LoadClient {
  readonly doc = new Y.Doc()
  synced = false
  private ws: WebSocket | null = null
  private readonly url: string

  /** `onDelivered(latencyMs, key)` fires for every remote edit of the `edits` map, timed by the value it carries. */
  constructor(url: string, onDelivered: (latencyMs: number, key: string) => void) {
    this.url = url
    this.doc.getMap<number>('edits').observe((event) => {
      if (event.transaction.origin !== this) return
      const now = performance.now()
      for (const key of event.keysChanged) onDelivered(now - (event.target.get(key) as number), key)
    })
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this || !this.ws) return
      const e = encoding.createEncoder()
      encoding.writeVarUint(e, 0)
      syncProtocol.writeUpdate(e, update)
      this.ws.send(encoding.toUint8Array(e))
    })
  }

  /**
   * Opens the socket, sends sync step 1 and an awareness state; resolves when the server's step 2 arrived.
   * `url` reconnects the same doc elsewhere (a fresh ticket after a server restart).
   */
  open(url = this.url): Promise<void> {
    this.synced = false
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url)
      this.ws = ws
      ws.binaryType = 'nodebuffer'
      ws.on('error', reject)
      ws.on('close', (code) => {
        if (!this.synced) reject(new Error(`closed before sync: ${code}`))
      })
      ws.on('open', () => {
        const e = encoding.createEncoder()
        encoding.writeVarUint(e, 0)
        syncProtocol.writeSyncStep1(e, this.doc)
        ws.send(encoding.toUint8Array(e))
        ws.send(awarenessAnnouncement(this.doc.clientID))
      })
      ws.on('message', (data: Buffer) => {
        const d = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
        if (decoding.readVarUint(d) !== 0) return
        const e = encoding.createEncoder()
        encoding.writeVarUint(e, 0)
        const type = syncProtocol.readSyncMessage(d, e, this.doc, this)
        if (encoding.length(e) > 1) ws.send(encoding.toUint8Array(e))
        if (type === syncProtocol.messageYjsSyncStep2 && !this.synced) {
          this.synced = true
          resolve()
        }
      })
    })
  }

  /** One edit: a new key whose value is the send time (performance.now() of this process). */
  edit(key: string): void {
    this.doc.getMap<number>('edits').set(key, performance.now())
  }

  close(): void {
    this.ws?.terminate()
    this.doc.destroy()
  }
}

function awarenessAnnouncement(clientId: number): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, 1)
  encoding.writeVarString(inner, JSON.stringify({ user: { name: `client ${clientId}` } }))
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1)
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner))
  return encoding.toUint8Array(e)
}
