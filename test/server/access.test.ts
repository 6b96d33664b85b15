import assert from 'node:assert/strict'
import type { InviteResponse } from '@mediation/protocol'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  fetchTicket,
  openProvider,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

type Access = 'write' | 'read' | 'none'

describe('ACCESS-1 sync socket access matrix (every role × every document)', () => {
  const server = useServer({ now: () => clock.t })
  let s: SessionWithParties
  const clock = { t: Date.now() }
  const providers: WebsocketProvider[] = []
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [
        { key: 'adviserA', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
        { key: 'gone', role: 'party', side: 'B' },
      ],
    })
  })
  const after2days: (() => void)[] = []
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
    for (const undo of after2days.splice(0)) undo()
  })

  const cred = (who: string) => (who === 'mediator' ? s.mediatorToken : s.invites[who]!)
  const docs = () => ({
    control: { mediator: 'write', A: 'read', adviserA: 'read', B: 'read', sec: 'none' },
    board: { mediator: 'write', A: 'read', adviserA: 'read', B: 'read', sec: 'none' },
    ledger: { mediator: 'read', A: 'none', adviserA: 'none', B: 'none', sec: 'none' },
    agreement: { mediator: 'write', A: 'read', adviserA: 'read', B: 'read', sec: 'none' },
    [`private/${s.participants.A!.id}`]: {
      mediator: 'read',
      A: 'write',
      adviserA: 'none',
      B: 'none',
      sec: 'none',
    },
    [`caucus/${s.sides.A}`]: { mediator: 'write', A: 'write', adviserA: 'write', B: 'none', sec: 'none' },
    [`caucus/${s.sides.B}`]: { mediator: 'write', A: 'none', adviserA: 'none', B: 'write', sec: 'none' },
  })

  /** Writes from the client, then uses an awareness change (same socket, processed in order) as a barrier. */
  async function probe(who: string, docName: string): Promise<Access> {
    const name = `${s.sessionId}/${docName}`
    await server.context.rooms.withDocs([name], ([d]) => d!.getMap('seed').set('v', docName))
    const doc = new Y.Doc()
    const p = await connectDoc(server, cred(who), s.sessionId, docName, doc)
    providers.push(p)
    const outcome = await Promise.race([
      synced(p).then(() => 'open' as const),
      closedWith(p).then((code) => code),
    ])
    if (outcome !== 'open') {
      assert.equal(outcome, 4403, `${who} on ${docName}: close code`)
      return 'none'
    }
    assert.equal(doc.getMap('seed').get('v'), docName, `${who} reads ${docName}`)
    doc.getMap('probe').set(who, true)
    p.awareness.setLocalStateField('barrier', docName)
    const room = await server.context.rooms.get(name)
    await waitFor(
      () => [...room.awareness.getStates().values()].some((st) => st.barrier === docName),
      'barrier',
    )
    return room.doc.getMap('probe').get(who) === true ? 'write' : 'read'
  }

  for (const who of ['mediator', 'A', 'adviserA', 'B', 'sec']) {
    it(`ACCESS-1 ${who}: gets exactly the access of the DESIGN table on every document`, async () => {
      for (const [docName, row] of Object.entries(docs())) {
        const expected = (row as Record<string, Access>)[who]
        assert.equal(await probe(who, docName), expected, `${who} on ${docName}`)
      }
    })
  }

  it('a private or caucus document that does not belong to the session is refused (4403), even for the mediator', async () => {
    for (const docName of ['private/nobody', 'caucus/nowhere', 'other', 'board/extra/deep']) {
      const p = await connectDoc(server, s.mediatorToken, s.sessionId, docName, new Y.Doc())
      providers.push(p)
      assert.equal(await closedWith(p), 4403, docName)
    }
  })

  it('an expired ticket and a reused ticket are refused with 4401 (clock injected, no waiting)', async () => {
    const ticket = await fetchTicket(server, s.invites.A!, s.sessionId)
    clock.t += 61_000
    const open = (t: string) => openProvider(server, s.sessionId, 'board', new Y.Doc(), t)
    const expired = open(ticket)
    providers.push(expired)
    assert.equal(await closedWith(expired), 4401)
    const fresh = await fetchTicket(server, s.invites.A!, s.sessionId)
    const first = open(fresh)
    providers.push(first)
    await synced(first)
    const again = open(fresh)
    providers.push(again)
    assert.equal(await closedWith(again), 4401)
    const none = open('')
    providers.push(none)
    assert.equal(await closedWith(none), 4401)
  })

  it('an invite link expires after its validity (default 90 days, or as the mediator chose) with a plain message', async () => {
    const made = await api<InviteResponse>(
      server,
      s.mediatorToken,
      'POST',
      `/api/sessions/${s.sessionId}/invites`,
      {
        name: 'Short Stay',
        role: 'party',
        sideId: s.sides.A,
        validDays: 2,
      },
    )
    assert.equal(made.status, 201)
    const bad = await api(server, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/invites`, {
      name: 'Never',
      role: 'party',
      sideId: s.sides.A,
      validDays: 0,
    })
    assert.equal(bad.status, 400)
    const token = made.body.invite.token
    assert.equal(Date.parse(made.body.invite.expiresAt ?? ''), clock.t + 2 * 86_400_000)
    assert.equal((await api(server, token, 'GET', '/api/me')).status, 200)
    clock.t += 2 * 86_400_000
    // The mediator's 12-hour login would lapse too: the clock goes back for the tests after this one.
    after2days.push(() => {
      clock.t -= 2 * 86_400_000
    })
    const me = await api<{ error: string }>(server, token, 'GET', '/api/me')
    assert.equal(me.status, 401)
    assert.match(me.body.error, /expired; ask your mediator for a new link/)
    const ticket = await api(server, token, 'POST', '/api/tickets', { sessionId: s.sessionId })
    assert.equal(ticket.status, 401)
    // Other invites (made with the default of 90 days) still work two days on.
    assert.equal((await api(server, s.invites.B!, 'GET', '/api/me')).status, 200)
  })

  it('a ticket for one session does not open another session', async () => {
    const other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    const ticket = await fetchTicket(server, s.mediatorToken, other.sessionId)
    const p = openProvider(server, s.sessionId, 'board', new Y.Doc(), ticket)
    providers.push(p)
    assert.equal(await closedWith(p), 4401)
    const res = await api(server, s.invites.A!, 'POST', '/api/tickets', { sessionId: other.sessionId })
    assert.equal(res.status, 404)
  })

  it("revoking an invite closes that participant's open socket within a second and refuses new tickets", async () => {
    const doc = new Y.Doc()
    const p = await connectDoc(server, s.invites.gone!, s.sessionId, 'board', doc)
    providers.push(p)
    await synced(p)
    const spare = await fetchTicket(server, s.invites.gone!, s.sessionId)
    const closed = closedWith(p, 1000)
    const t0 = performance.now()
    const res = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.gone}`,
    )
    assert.equal(res.status, 204)
    assert.equal(await closed, 4401)
    assert.ok(performance.now() - t0 < 1000)
    assert.equal(
      (await api(server, s.invites.gone!, 'POST', '/api/tickets', { sessionId: s.sessionId })).status,
      401,
    )
    assert.equal((await api(server, s.invites.gone!, 'GET', '/api/me')).status, 401)
    const late = openProvider(server, s.sessionId, 'board', new Y.Doc(), spare)
    providers.push(late)
    assert.equal(await closedWith(late), 4401)
    const control = await server.context.rooms.get(`${s.sessionId}/control`)
    await waitFor(
      () => !control.doc.getMap('participants').has(s.participants.gone!.id),
      'participant removed from control',
    )
  })
})
