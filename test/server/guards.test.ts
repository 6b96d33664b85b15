import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  openRawSocket,
  rawClosed,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('sync guards: read-only filter, awareness guard, limits', () => {
  const server = useServer({
    limits: { maxDocBytes: 64 * 1024, updatesPerSecond: 50, updateBurst: 100, ticketBurst: 10_000 },
  })
  let s: SessionWithParties
  const providers: WebsocketProvider[] = []
  const connect = async (cred: string, docName: string, doc = new Y.Doc(), sessionId = s.sessionId) => {
    const p = await connectDoc(server, cred, sessionId, docName, doc)
    providers.push(p)
    await synced(p)
    return p
  }
  before(async () => {
    // The random-frame test opens a socket per bad frame: tickets are not what it is about.
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })

  it('ACCESS-3 read-only writes never reach the server doc, the store or another client (update and sync step 2)', async () => {
    const mDoc = new Y.Doc()
    const bDoc = new Y.Doc()
    await connect(s.mediatorToken, 'agreement', mDoc)
    await connect(s.invites.B!, 'agreement', bDoc)
    const aDoc = new Y.Doc()
    aDoc.getMap('evil').set('offline', 'written before connecting (goes out as sync step 2)')
    const a = await connect(s.invites.A!, 'agreement', aDoc)
    aDoc.getMap('evil').set('online', 'written while connected (goes out as an update)')
    a.awareness.setLocalStateField('barrier', 1)
    mDoc.getMap('good').set('clause', 'mediator text')
    await waitFor(() => bDoc.getMap('good').get('clause') === 'mediator text', 'mediator edit at B')
    await waitFor(
      () => [...bDoc.getMap('good').keys()].length === 1 && aDoc.getMap('good').has('clause'),
      'A reads',
    )
    const room = await server.context.rooms.get(`${s.sessionId}/agreement`)
    await waitFor(() => [...room.awareness.getStates().values()].some((st) => st.barrier === 1), 'barrier')
    for (const [who, doc] of [
      ['server', room.doc],
      ['mediator', mDoc],
      ['B', bDoc],
    ] as const) {
      assert.equal(doc.getMap('evil').size, 0, `${who} must not see the read-only edit`)
    }
    await server.context.rooms.flushAll()
    // Snapshots live in the session file and, until a checkpoint, in the shared snapshot log: check both.
    const file = await readFile(join(server.dataDir, 'sessions', `${s.sessionId}.json`), 'utf8').then(
      (text) => JSON.parse(text) as { docs: Record<string, string> },
      () => ({ docs: {} as Record<string, string> }),
    )
    const logged = (await readFile(join(server.dataDir, 'sessions.log'), 'utf8'))
      .split('\n')
      .filter(Boolean)
      // A record is `<length> <checksum> <JSON payload>`.
      .map((line) => JSON.parse(line.slice(line.indexOf('{'))) as { n: string; s: string })
      .filter((r) => r.n === `${s.sessionId}/agreement`)
      .map((r) => r.s)
    const stored = new Y.Doc()
    for (const b64 of [file.docs.agreement, ...logged])
      if (typeof b64 === 'string') Y.applyUpdate(stored, Buffer.from(b64, 'base64'))
    assert.equal(stored.getMap('good').get('clause'), 'mediator text')
    assert.equal(stored.getMap('evil').size, 0, 'the store must not hold the read-only edit')
  })

  it('an awareness spoof of the mediator (their client id, or their name and role) is dropped or overwritten', async () => {
    const mDoc = new Y.Doc()
    const m = await connect(s.mediatorToken, 'board', mDoc)
    m.awareness.setLocalStateField('user', { name: 'Mira Mediator', color: '#123' })
    const bDoc = new Y.Doc()
    const b = await connect(s.invites.B!, 'board', bDoc)
    const a = await connect(s.invites.A!, 'board')
    await waitFor(
      () => b.awareness.getStates().get(mDoc.clientID)?.user?.role === 'mediator',
      'B sees the mediator',
    )
    // 1. A claims the mediator's client id with a higher clock.
    const fake = new awarenessProtocol.Awareness(new Y.Doc())
    fake.clientID = mDoc.clientID
    fake.setLocalState({ user: { name: 'Mira Mediator: I accept the offer', role: 'mediator' } })
    fake.meta.set(mDoc.clientID, { clock: 1000, lastUpdated: Date.now() })
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(fake, [mDoc.clientID]))
    ;(a.ws as unknown as { send(d: Uint8Array): void }).send(encoding.toUint8Array(e))
    fake.destroy()
    // 2. A announces its own id dressed as the mediator.
    a.awareness.setLocalStateField('user', {
      name: 'Mira Mediator',
      role: 'mediator',
      participantId: s.mediatorId,
    })
    a.awareness.setLocalStateField('barrier', 2)
    const aId = a.doc.clientID
    await waitFor(() => b.awareness.getStates().get(aId)?.barrier === 2, 'B sees the barrier')
    assert.deepEqual(b.awareness.getStates().get(aId)?.user, {
      name: 'Party A',
      role: 'party',
      participantId: s.participants.A!.id,
      sideId: s.sides.A,
    })
    const seenMediator = b.awareness.getStates().get(mDoc.clientID)?.user
    assert.equal(seenMediator?.name, 'Mira Mediator')
    assert.equal(seenMediator?.color, '#123')
    assert.equal(
      m.awareness.getLocalState()?.user?.name,
      'Mira Mediator',
      "the mediator's own state is untouched",
    )
  })

  it('a party cannot forge the server\'s "not saved" state: `server` is stripped and the room\'s client id cannot be taken', async () => {
    const b = await connect(s.invites.B!, 'board')
    const a = await connect(s.invites.A!, 'board')
    const room = await server.context.rooms.get(`${s.sessionId}/board`)
    // 1. A claims the room's own client id (the one that carries the server's state).
    const fake = new awarenessProtocol.Awareness(new Y.Doc())
    fake.clientID = room.doc.clientID
    fake.setLocalState({ server: { notSaved: 'STORE-FULL' } })
    const e = encoding.createEncoder()
    encoding.writeVarUint(e, 1)
    encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(fake, [room.doc.clientID]))
    ;(a.ws as unknown as { send(d: Uint8Array): void }).send(encoding.toUint8Array(e))
    fake.destroy()
    // 2. A announces its own id with a `server` field.
    a.awareness.setLocalState({ server: { notSaved: 'STORE-FULL' }, barrier: 3 })
    const aId = a.doc.clientID
    await waitFor(() => b.awareness.getStates().get(aId)?.barrier === 3, 'B sees the barrier')
    assert.equal(b.awareness.getStates().get(aId)?.server, undefined, 'the field is stripped')
    assert.equal(b.awareness.getStates().get(aId)?.user?.participantId, s.participants.A!.id)
    assert.equal(b.awareness.getStates().get(room.doc.clientID), undefined, "the room's id was not taken")
    assert.equal(room.awareness.getLocalState(), null, "the server's own state is untouched")
    assert.deepEqual(
      [...b.awareness.getStates()].filter(([id, st]) => id !== b.doc.clientID && st.user === undefined),
      [],
      'B hears no "not saved" state',
    )
  })

  it('a frame over 1 MiB closes that socket with 1009; the server and other sockets carry on', async () => {
    const bDoc = new Y.Doc()
    const b = await connect(s.invites.B!, 'board', bDoc)
    const raw = await openRawSocket(server, s.invites.A!, s.sessionId, 'board')
    const closed = rawClosed(raw)
    raw.send(new Uint8Array(1024 * 1024 + 10))
    assert.equal(await closed, 1009)
    const mDoc = new Y.Doc()
    await connect(s.mediatorToken, 'board', mDoc)
    mDoc.getMap('after').set('big', 'still fine')
    await waitFor(() => bDoc.getMap('after').get('big') === 'still fine', 'sync after the big frame')
    assert.equal(b.wsconnected, true)
    assert.equal((await api(server, null, 'GET', '/healthz')).status, 200)
  })

  it('1,000 random frames close only the sockets that sent them; other rooms keep syncing', async () => {
    const other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    const x1 = new Y.Doc()
    const x2 = new Y.Doc()
    await connect(other.mediatorToken, 'board', x1, other.sessionId)
    await connect(other.invites.X!, 'board', x2, other.sessionId)
    let seed = 42
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed
    }
    let sent = 0
    let sockets = 0
    while (sent < 1000) {
      const raw = await openRawSocket(server, s.invites.A!, s.sessionId, 'board')
      sockets++
      while (sent < 1000 && raw.readyState === raw.OPEN) {
        const frame = new Uint8Array(1 + (rand() % 64))
        for (let i = 0; i < frame.length; i++) frame[i] = rand() & 0xff
        if (sent % 3 === 0) frame[0] = rand() % 4 // aim some frames at real message types
        raw.send(frame)
        sent++
        if (sent % 50 === 0) x1.getMap('alive').set('n', sent)
        await new Promise<void>((r) => setImmediate(r))
      }
      raw.terminate()
    }
    await waitFor(() => x2.getMap('alive').get('n') === 1000, 'the other room kept syncing')
    assert.ok(sockets >= 1)
    assert.equal((await api(server, null, 'GET', '/healthz')).status, 200)
    const fresh = new Y.Doc()
    await connect(s.mediatorToken, 'board', fresh)
  })

  it('the document size cap closes the writer with 4413 and refuses the write', async () => {
    const doc = new Y.Doc()
    const p = await connect(s.mediatorToken, `caucus/${s.sides.B}`, doc)
    const closed = new Promise<number>((r) =>
      p.once('connection-close', (ev: { code: number } | null) => r(ev?.code ?? -1)),
    )
    doc.getText('t').insert(0, 'x'.repeat(80 * 1024))
    assert.equal(await closed, 4413)
    const room = await server.context.rooms.get(`${s.sessionId}/caucus/${s.sides.B}`)
    assert.equal(room.doc.getText('t').length, 0)
  })

  it('the per-participant update rate cap closes a flooding writer with 4429', async () => {
    const doc = new Y.Doc()
    // The party's own side's caucus document: one it may write raw (the board takes only its commands).
    const p = await connect(s.invites.A!, `caucus/${s.sides.A}`, doc)
    const closed = new Promise<number>((r) =>
      p.once('connection-close', (ev: { code: number } | null) => r(ev?.code ?? -1)),
    )
    for (let i = 0; i < 300; i++) doc.getMap('flood').set(`k${i}`, i)
    assert.equal(await closed, 4429)
  })
})
