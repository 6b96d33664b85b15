import assert from 'node:assert/strict'
import { getSession } from '@mediation/core/domain'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('SESSION-6 an archived session is read-only for everyone, on every path', () => {
  const server = useServer()
  let s: SessionWithParties
  const providers: { destroy(): void }[] = []
  const open = async (cred: string, docName: string, doc = new Y.Doc()) => {
    const p = await connectDoc(server, cred, s.sessionId, docName, doc)
    providers.push(p)
    await synced(p)
    return { p, doc }
  }
  const setStatus = (status: 'active' | 'archived') =>
    api(server, s.mediatorToken, 'PUT', `/api/sessions/${s.sessionId}`, { status })

  before(async () => {
    s = await createSessionWithParties(server)
  })
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })

  it('archiving tells open pages through the control document, then reopens their sockets read-only', async () => {
    const control = await open(s.invites.A!, 'control')
    const agreement = await open(s.mediatorToken, 'agreement')
    const closed = closedWith(agreement.p, 5000)
    assert.equal((await setStatus('archived')).status, 200)
    await waitFor(() => getSession(control.doc)?.archived === true, 'the archived flag at A')
    assert.equal(await closed, 4509, 'the socket is closed so it comes back with its new access')
    // The mediator's own write on a fresh (read-only) socket never reaches the server or anyone else.
    agreement.p.destroy()
    const mine = await open(s.mediatorToken, 'agreement')
    const watcher = await open(s.invites.B!, 'agreement')
    mine.doc.getMap('evil').set('clause', 'written after archiving')
    mine.p.awareness.setLocalStateField('barrier', 1)
    const room = await server.context.rooms.get(`${s.sessionId}/agreement`)
    await waitFor(() => [...room.awareness.getStates().values()].some((st) => st.barrier === 1), 'barrier')
    assert.equal(room.doc.getMap('evil').size, 0, 'the server doc is untouched')
    assert.equal(watcher.doc.getMap('evil').size, 0, 'B never sees it')
    server.context.rooms.release(room)
  })

  it('commands, notes, intake and signatures answer 409 SESSION-ARCHIVED; reading and tickets still work', async () => {
    const base = `/api/sessions/${s.sessionId}`
    const refused = [
      await api(server, s.invites.A!, 'POST', `${base}/commands`, { type: 'raiseHand' }),
      await api(server, s.mediatorToken, 'POST', `${base}/notes`, { visibility: 'mediator', body: 'x' }),
      await api(server, s.invites.A!, 'PUT', `${base}/prep/intake`, { answers: {} }),
      await api(server, s.invites.A!, 'POST', `${base}/prep/signatures`, {
        typedName: 'Party A',
        consent: true,
        textHash: '0'.repeat(64),
      }),
      await api(server, s.mediatorToken, 'POST', `${base}/invites`, { name: 'Late', role: 'secretariat' }),
      await api(server, s.mediatorToken, 'PUT', `${base}/schedule`, { schedule: [] }),
    ]
    for (const r of refused) {
      assert.equal(r.status, 409)
      assert.equal((r.body as { code?: string }).code, 'SESSION-ARCHIVED')
    }
    assert.equal((await api(server, s.invites.A!, 'GET', `${base}/notes`)).status, 200, 'reading works')
    const csv = await fetch(`${server.url}${base}/record/timelog.csv?format=intl`, {
      headers: { authorization: `Bearer ${s.mediatorToken}` },
    })
    assert.equal(csv.status, 200, 'the record can still be exported')
    assert.equal(
      (await api(server, s.invites.A!, 'POST', '/api/tickets', { sessionId: s.sessionId })).status,
      201,
    )
  })

  it('reactivating gives the write access back', async () => {
    const control = await open(s.invites.A!, 'control')
    assert.equal((await setStatus('active')).status, 200)
    await waitFor(() => getSession(control.doc)?.archived === false, 'the flag cleared at A')
    const hand = await api(server, s.invites.A!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
      type: 'raiseHand',
    })
    assert.notEqual(hand.status, 409, JSON.stringify(hand.body))
    const mine = await open(s.mediatorToken, 'agreement')
    const watcher = await open(s.invites.B!, 'agreement')
    mine.doc.getMap('good').set('clause', 'written after reactivating')
    await waitFor(
      () => watcher.doc.getMap('good').get('clause') === 'written after reactivating',
      'B sees it',
    )
  })
})
