import assert from 'node:assert/strict'
import {
  addCaucusPoint,
  caucusSchema,
  listCaucusPoints,
  localOrigin,
  setMayShare,
} from '@mediation/core/domain'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  closedWith,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

/** A caucus point's permission is the party's: the server refuses an adviser's raw write of it (CAUCUS-8). */
describe('caucus: only a party allows passing a point on (server)', () => {
  const server = useServer()
  let s: SessionWithParties
  const providers: WebsocketProvider[] = []
  const open = async (cred: string, doc: Y.Doc) => {
    const p = await connectDoc(server, cred, s.sessionId, `caucus/${s.sides.A}`, doc)
    providers.push(p)
    await synced(p)
    return p
  }
  const ctxOf = (key: string, role: 'party' | 'adviser' | 'mediator') => ({
    actor: { participantId: s.participants[key]!.id, role, sideId: role === 'mediator' ? null : s.sides.A! },
    now: Date.now(),
    origin: localOrigin(s.participants[key]!.id),
    newId: () => `p-${Math.random().toString(36).slice(2)}`,
  })
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [{ key: 'adviserA', role: 'adviser', side: 'A', name: 'Adviser of A' }],
    })
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })

  it("CAUCUS-8 an adviser's permission to pass a caucus point on is refused by the server; the party's goes through", async () => {
    const mDoc = new Y.Doc()
    const partyDoc = new Y.Doc()
    const adviserDoc = new Y.Doc()
    await open(s.mediatorToken, mDoc)
    await open(s.invites.A!, partyDoc)
    const adviser = await open(s.invites.adviserA!, adviserDoc)
    // The adviser notes a point (allowed) — it reaches the mediator.
    const point = addCaucusPoint(
      adviserDoc,
      { text: 'They could pay in two terms' },
      ctxOf('adviserA', 'adviser'),
    )
    await waitFor(() => listCaucusPoints(mDoc).length === 1, 'the adviser’s point at the mediator')
    // The domain refuses the adviser's permission…
    assert.throws(
      () => setMayShare(adviserDoc, { id: point, mayShare: true }, ctxOf('adviserA', 'adviser')),
      /only a party/,
    )
    // …and a raw write around the domain is refused by the server, whole, before it touches the document.
    const closed = closedWith(adviser)
    caucusSchema(adviserDoc).sharing.set(point, true)
    assert.equal(await closed, 4403)
    const room = await server.context.rooms.get(`${s.sessionId}/caucus/${s.sides.A}`)
    try {
      assert.equal(caucusSchema(room.doc).sharing.size, 0, 'the server doc holds no permission')
      assert.equal(listCaucusPoints(mDoc)[0]?.mayShare, false, 'the mediator sees no permission')
      // The party itself allows it: accepted and seen by the mediator.
      await waitFor(() => listCaucusPoints(partyDoc).length === 1, 'the point at the party')
      setMayShare(partyDoc, { id: point, mayShare: true }, ctxOf('A', 'party'))
      await waitFor(
        () => listCaucusPoints(mDoc)[0]?.mayShare === true,
        'the party’s permission at the mediator',
      )
      // The mediator may withdraw it (and only withdraw).
      setMayShare(mDoc, { id: point, mayShare: false }, ctxOf('mediator', 'mediator'))
      await waitFor(() => listCaucusPoints(partyDoc)[0]?.mayShare === false, 'the withdrawal at the party')
    } finally {
      server.context.rooms.release(room)
    }
  })

  it('CAUCUS-8 an adviser’s notes and points still sync; the server-written `authored` map is refused to a party', async () => {
    const mDoc = new Y.Doc()
    const adviserDoc = new Y.Doc()
    const partyDoc = new Y.Doc()
    await open(s.mediatorToken, mDoc)
    await open(s.invites.adviserA!, adviserDoc)
    caucusSchema(adviserDoc).notes.insert(0, 'adviser: our bottom line stays here')
    await waitFor(
      () => caucusSchema(mDoc).notes.toString().includes('bottom line'),
      'the note at the mediator',
    )
    const party = await open(s.invites.A!, partyDoc)
    const closed = closedWith(party)
    caucusSchema(partyDoc).authored.set('option:forged', true)
    assert.equal(await closed, 4403)
    assert.equal(caucusSchema(mDoc).authored.has('option:forged'), false)
  })
})
