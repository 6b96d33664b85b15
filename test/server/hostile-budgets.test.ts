/**
 * Hostile party, item 4 of issue 13: every resource a participant can spend has a budget. Each test runs the
 * attack with real y-websocket clients (or raw `ws` sockets where the attack is below the provider) on a real
 * server, and asserts the refusal AND that the victim, the other party's view and another session are unharmed.
 */
import assert from 'node:assert/strict'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  createSessionWithParties,
  fetchTicket,
  rawClosed,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { encodeAwarenessFrame, encodeUpdateFrame } from '../support/sync-frames'
import { useServer } from '../support/use-server'

describe('hostile party: budgets per participant and per document', () => {
  const server = useServer({
    limits: {
      maxPartyDocItems: 2_000,
      updatesPerSecond: 50,
      updateBurst: 200,
      commandsPerSecond: 2,
      commandBurst: 10,
      ticketsPerSecond: 1,
      ticketBurst: 30,
      awarenessPerSecond: 5,
      awarenessBurst: 20,
      socketsPerParticipant: 8,
      notesPerParticipant: 5,
      noteBytesPerParticipant: 20_000,
      awarenessBacklogBytes: 64 * 1024,
      closeBacklogBytes: 512 * 1024,
      maxDocBytes: 64 * 1024 * 1024,
      updateBytesBurst: 64 * 1024 * 1024,
    },
  })
  let s: SessionWithParties
  let other: SessionWithParties
  const connect = async (cred: string, docName: string, doc = new Y.Doc(), sessionId = s.sessionId) => {
    const p = await server.connect(cred, sessionId, docName, doc)
    await synced(p)
    return p
  }
  const raw = (cred: string, docName: string, sessionId = s.sessionId) => server.raw(cred, sessionId, docName)
  /** The other session still syncs a mediator edit to its party. */
  const otherSessionWorks = async (mark: string) => {
    const m = new Y.Doc()
    const x = new Y.Doc()
    await connect(other.mediatorToken, 'board', m, other.sessionId)
    await connect(other.invites.X!, 'board', x, other.sessionId)
    m.getMap('alive').set('mark', mark)
    await waitFor(() => x.getMap('alive').get('mark') === mark, 'the other session syncs')
  }
  const command = (cred: string, body: unknown, sessionId = s.sessionId) =>
    api<{ code?: string }>(server, cred, 'POST', `/api/sessions/${sessionId}/commands`, body)

  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [{ key: 'advB', role: 'adviser', side: 'B' }],
    })
    other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
  })

  it('tiny map keys in the party’s own private doc: refused at the struct budget (4413), memory stays bounded', async () => {
    const victim = new Y.Doc()
    await connect(s.invites.A!, `private/${s.participants.A!.id}`, victim)
    victim.getMap('ratings').set('opt1', 'yes')
    const bDoc = new Y.Doc()
    const b = await connect(s.invites.B!, `private/${s.participants.B!.id}`, bDoc)
    const closed = closedWith(b)
    // 80,000 one-character keys in eight updates of 10,000: the first already costs more than the budget.
    for (let i = 0; i < 8; i++) {
      bDoc.transact(() => {
        for (let k = 0; k < 10_000; k++) bDoc.getMap('ratings').set(`${i}:${k}`, 1)
      })
    }
    assert.equal(await closed, 4413)
    const room = await server.context.rooms.get(`${s.sessionId}/private/${s.participants.B!.id}`)
    assert.ok(room.items <= 2_000, `B's doc holds ${room.items} structs, the budget is 2,000`)
    assert.equal(room.doc.getMap('ratings').size, 0, 'nothing of the refused updates was applied')
    const aRoom = await server.context.rooms.get(`${s.sessionId}/private/${s.participants.A!.id}`)
    await waitFor(() => aRoom.doc.getMap('ratings').get('opt1') === 'yes', "A's own write arrives")
    await otherSessionWorks('after tiny keys')
  })

  it('one-key updates, 80,000 of them: the update budget closes the flooder with 4429 long before', async () => {
    const bDoc = new Y.Doc()
    const b = await connect(s.invites.B!, `caucus/${s.sides.B}`, bDoc)
    const closed = closedWith(b, 30_000)
    let open = true
    void closed.finally(() => {
      open = false
    })
    // In chunks of 1,000 with the event loop turning in between, as a real client's sends would go out.
    for (let k = 0; k < 80_000 && open; k++) {
      bDoc.getMap('m').set(`k${k}`, 1)
      if (k % 1000 === 999) await new Promise<void>((r) => setImmediate(r))
    }
    assert.equal(await closed, 4429)
    const room = await server.context.rooms.get(`${s.sessionId}/caucus/${s.sides.B}`)
    // A burst of 200 and 50 a second while the server works through the queue.
    assert.ok(room.doc.getMap('m').size <= 260, `${room.doc.getMap('m').size} keys got through`)
    await otherSessionWorks('after one-key flood')
  })

  it('the rate budget is per participant: spreading the flood over several sockets buys nothing', async () => {
    // 4 sockets × 150 writes: each socket alone is within a 200 burst, together they are three times over it.
    const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc(), new Y.Doc()]
    const ps = await Promise.all(docs.map((d) => connect(s.invites.A!, `caucus/${s.sides.A}`, d)))
    const firstClose = Promise.race(ps.map((p) => closedWith(p, 10_000)))
    for (let k = 0; k < 150; k++) for (const [i, d] of docs.entries()) d.getMap('m').set(`${i}:${k}`, 1)
    assert.equal(await firstClose, 4429)
    await waitFor(() => ps.every((p) => !p.wsconnected || p.synced), 'every socket settled')
    const room = await server.context.rooms.get(`${s.sessionId}/caucus/${s.sides.A}`)
    assert.ok(room.doc.getMap('m').size < 400, `${room.doc.getMap('m').size} of 600 writes went through`)
  })

  it('an update that builds on data the server does not have is dropped and closes 4400 (nothing left pending)', async () => {
    const ws = await raw(s.invites.B!, `private/${s.participants.B!.id}`)
    const closed = rawClosed(ws)
    const base = new Y.Doc()
    base.getText('notes').insert(0, 'never sent')
    const sv = Y.encodeStateVector(base)
    base.getText('notes').insert(10, ' and this builds on it')
    ws.send(encodeUpdateFrame(Y.encodeStateAsUpdate(base, sv)))
    assert.equal(await closed, 4400)
    const room = await server.context.rooms.get(`${s.sessionId}/private/${s.participants.B!.id}`)
    assert.equal(room.doc.store.pendingStructs, null)
    assert.equal(room.doc.getText('notes').length, 0)
  })

  it('3,000 reportSpeaking commands: 429 LIMIT-COMMANDS after the burst; the control doc barely grows; the other side still acts', async () => {
    const control = await server.context.rooms.get(`${s.sessionId}/control`)
    const before = control.items
    const codes = new Map<number, number>()
    let lastCode: string | undefined
    const started = performance.now()
    for (let i = 0; i < 3000; i++) {
      const r = await command(s.invites.B!, { type: 'reportSpeaking', speaking: i % 2 === 0 })
      codes.set(r.status, (codes.get(r.status) ?? 0) + 1)
      if (r.status === 429) lastCode = r.body.code
    }
    // The budget: a burst of 10, then 2 a second.
    const allowed = 10 + 2 * ((performance.now() - started) / 1000) + 1
    assert.ok((codes.get(200) ?? 0) <= allowed, `accepted ${codes.get(200)} of 3,000 (allowed ${allowed})`)
    assert.ok((codes.get(429) ?? 0) >= 2900, `refused ${codes.get(429)}`)
    assert.equal(lastCode, 'LIMIT-COMMANDS')
    assert.ok(control.items - before <= 100, `control grew by ${control.items - before} structs`)
    assert.equal((await command(s.invites.A!, { type: 'raiseHand' })).status, 200, 'A is not held back')
    assert.equal((await command(other.invites.X!, { type: 'raiseHand' }, other.sessionId)).status, 200)
  })

  it('awareness: a 15 KB state closes the socket 1009, a flood closes it 4429; the victim’s presence is untouched', async () => {
    const aDoc = new Y.Doc()
    const a = await connect(s.invites.A!, 'control', aDoc)
    a.awareness.setLocalStateField('here', true)
    const watcher = new Y.Doc()
    const w = await connect(s.mediatorToken, 'control', watcher)
    await waitFor(() => w.awareness.getStates().get(aDoc.clientID)?.here === true, 'A present')

    const big = await raw(s.invites.B!, 'control')
    const bigClosed = rawClosed(big)
    big.send(encodeAwarenessFrame(424242, 1, { pad: 'x'.repeat(15_000) }))
    assert.equal(await bigClosed, 1009)

    const flood = await raw(s.invites.B!, 'control')
    const floodClosed = rawClosed(flood)
    for (let i = 1; i <= 200 && flood.readyState === flood.OPEN; i++) {
      flood.send(encodeAwarenessFrame(515151, i, { i }))
    }
    assert.equal(await floodClosed, 4429)
    const room = await server.context.rooms.get(`${s.sessionId}/control`)
    assert.ok(![...room.awareness.getStates().keys()].includes(424242), 'the big state was never applied')
    assert.equal(w.awareness.getStates().get(aDoc.clientID)?.here, true, "A's presence is still there")
    // Every y-websocket client echoes the awareness it receives: the flood must not spend A's budget.
    assert.equal(a.wsconnected, true, 'A (who echoed the flood back) is still connected')
    await otherSessionWorks('after awareness flood')
  })

  it('sockets: one participant may hold 8 open at once; the 9th closes 4429 and another participant still connects', async () => {
    const budget = server.context.budgets.of(s.sessionId, s.participants.B!.id)
    await waitFor(() => budget.sockets.size === 0, "earlier tests' sockets have gone")
    for (let i = 0; i < 8; i++) await raw(s.invites.B!, 'control')
    const ticket = await fetchTicket(server, s.invites.B!, s.sessionId)
    const { default: WSClient } = await import('ws')
    const ninth = new WSClient(`${server.wsUrl}/${s.sessionId}/control?ticket=${ticket}`)
    server.defer(() => ninth.terminate())
    ninth.on('error', () => undefined)
    assert.equal(await rawClosed(ninth), 4429)
    await connect(s.invites.A!, 'control')
  })

  it('tickets: a flood gets 429 LIMIT-TICKETS after the burst; the other party still gets tickets', async () => {
    const statuses: number[] = []
    let code: string | undefined
    for (let i = 0; i < 100; i++) {
      const r = await api<{ code?: string }>(server, s.invites.advB!, 'POST', '/api/tickets', {
        sessionId: s.sessionId,
      })
      statuses.push(r.status)
      if (r.status === 429) code = r.body.code
    }
    assert.ok(statuses.filter((x) => x === 201).length <= 40, 'at most the burst (and a refill) issued')
    assert.ok(statuses.filter((x) => x === 429).length >= 60)
    assert.equal(code, 'LIMIT-TICKETS')
    assert.ok(server.context.tickets.size <= 200, `${server.context.tickets.size} tickets outstanding`)
    await fetchTicket(server, s.invites.A!, s.sessionId)
  })

  it('notes: a party’s count and bytes are capped (413 LIMIT-NOTES); the other side and the mediator still write', async () => {
    const notes = `/api/sessions/${s.sessionId}/notes`
    const bSide = `side:${s.sides.B}`
    for (let i = 0; i < 5; i++) {
      const r = await api(server, s.invites.B!, 'POST', notes, { visibility: bSide, body: `note ${i}` })
      assert.equal(r.status, 201)
    }
    const sixth = await api<{ code?: string }>(server, s.invites.B!, 'POST', notes, {
      visibility: bSide,
      body: 'one too many',
    })
    assert.equal(sixth.status, 413)
    assert.equal(sixth.body.code, 'LIMIT-NOTES')
    // Bytes: A writes two notes that together pass 20,000 bytes.
    const aSide = `side:${s.sides.A}`
    assert.equal(
      (await api(server, s.invites.A!, 'POST', notes, { visibility: aSide, body: 'é'.repeat(6_000) })).status,
      201,
    )
    const big = await api<{ code?: string }>(server, s.invites.A!, 'POST', notes, {
      visibility: aSide,
      body: 'é'.repeat(6_000),
    })
    assert.equal(big.status, 413, 'two 12,000-byte notes pass the 20,000-byte budget')
    // Parallel creates cannot all slip past the check.
    const parallel = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        api(server, s.invites.A!, 'POST', notes, { visibility: aSide, body: `p${i}` }),
      ),
    )
    const mine = (await api<{ authorId: string }[]>(server, s.mediatorToken, 'GET', notes)).body.filter(
      (n) => n.authorId === s.participants.A!.id,
    )
    assert.ok(mine.length <= 5, `A holds ${mine.length} notes after ${parallel.length} parallel creates`)
    const m = await api(server, s.mediatorToken, 'POST', notes, {
      visibility: 'mediator',
      body: 'still fine',
    })
    assert.equal(m.status, 201)
  })

  it('sockets that never read: awareness stops, then the socket is closed 4508; readers and another session stay fast', async () => {
    const reader = new Y.Doc()
    await connect(s.invites.A!, 'board', reader)
    const slow = await raw(s.invites.B!, 'board')
    slow.pause() // reads nothing from now on: TCP fills, then the server's queue for it grows
    const m = new Y.Doc()
    await connect(s.mediatorToken, 'board', m)
    const room = await server.context.rooms.get(`${s.sessionId}/board`)
    const chunk = 'y'.repeat(600 * 1024)
    let sent = 0
    while (room.conns.size === 3 && sent < 64) {
      m.getMap('bulk').set(`c${sent++}`, chunk)
      await waitFor(() => room.doc.getMap('bulk').size === sent, 'the mediator write arrives', 10_000)
    }
    assert.equal(room.conns.size, 2, 'the slow socket left the room')
    assert.ok(sent < 64, `closed after ${sent} chunks`)
    await waitFor(() => reader.getMap('bulk').size === sent, 'the reading party got everything', 20_000)
    const code = rawClosed(slow, 60_000)
    slow.resume()
    assert.equal(await code, 4508)
    await otherSessionWorks('after slow reader')
  })
})
