/**
 * Hostile party, items 1–2 of issue 13: the shared option board. Party B tries everything the issue found, with a
 * real y-websocket client on a real server: direct Yjs writes to `board` (agreed, title, interests for A, a
 * history entry "by" the mediator, the phase, deleting every option) are dropped; every command misuse is refused
 * with its rule id. Each test asserts the refusal AND that A's idea on the server, A's view, the mediator's view
 * and another session are unharmed. Brainstorm stays anonymous: nothing in the board links an idea to its party.
 */
import assert from 'node:assert/strict'
import { authorOf, type BoardView, boardSchema, getBoard, historyByOption } from '@mediation/core/domain'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  api,
  closedWith,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  synced,
  type TestServer,
  waitFor,
} from '../support/server'

describe('hostile party: the shared option board', () => {
  let server: TestServer
  let s: SessionWithParties
  let other: SessionWithParties
  const clock = { t: 1_750_000_000_000 }
  const providers: WebsocketProvider[] = []
  /** Long-lived views: the mediator's, A's (the victim) and B's (the attacker), each a real provider. */
  const view = { med: new Y.Doc(), a: new Y.Doc(), b: new Y.Doc() }
  let bProvider: WebsocketProvider
  let ideaA = ''
  let pointA = ''

  const connect = async (cred: string, docName: string, doc = new Y.Doc(), sessionId = s.sessionId) => {
    const p = await connectDoc(server, cred, sessionId, docName, doc)
    providers.push(p)
    await synced(p)
    return p
  }
  const command = (cred: string, body: unknown) =>
    api<{ code?: string; id?: string }>(server, cred, 'POST', `/api/sessions/${s.sessionId}/commands`, body)
  const room = (docName: string) => server.context.rooms.get(`${s.sessionId}/${docName}`)
  const serverBoard = async () => getBoard((await room('board')).doc)
  /** State of everything the board rules protect, on the server: board, ledger, both sides' caucus docs. */
  const protectedState = async () => {
    const names = ['board', 'ledger', `caucus/${s.sides.A}`, `caucus/${s.sides.B}`]
    const docs = await Promise.all(names.map(room))
    return docs.map((r) => Y.encodeStateVector(r.doc).join(',')).join(' | ')
  }
  /** A's idea as the server, A's sidebar and the mediator's sidebar have it: all three equal `expected`. */
  const victimUnharmed = async (expected: BoardView['options'][number]) => {
    const onServer = (await serverBoard()).options.find((o) => o.id === ideaA)
    assert.deepEqual(onServer, expected, "A's idea on the server")
    for (const [who, doc] of [
      ['A', view.a],
      ['mediator', view.med],
    ] as const) {
      await waitFor(
        () => JSON.stringify(getBoard(doc).options.find((o) => o.id === ideaA)) === JSON.stringify(expected),
        `${who}'s view of A's idea`,
      )
    }
  }
  /** The other session still syncs a mediator edit to its party. */
  const otherSessionWorks = async (mark: string) => {
    const m = new Y.Doc()
    const x = new Y.Doc()
    await connect(other.mediatorToken, 'board', m, other.sessionId)
    await connect(other.invites.X!, 'board', x, other.sessionId)
    m.getMap('alive').set('mark', mark)
    await waitFor(() => x.getMap('alive').get('mark') === mark, 'the other session syncs')
  }

  before(async () => {
    server = await startServer({ now: () => clock.t, limits: { commandBurst: 1000 } })
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      extra: [{ key: 'advB', role: 'adviser', side: 'B' }],
    })
    other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    await connect(s.mediatorToken, 'board', view.med)
    await connect(s.invites.A!, 'board', view.a)
    bProvider = await connect(s.invites.B!, 'board', view.b)
    const added = await command(s.invites.A!, { type: 'addIdea', title: 'Alternate weekends' })
    assert.equal(added.status, 200)
    ideaA = added.body.id!
    pointA = (await command(s.invites.A!, { type: 'addPoint', title: 'Weekends' })).body.id!
    await waitFor(() => getBoard(view.b).options.length === 1, 'B sees the idea')
  })
  after(async () => {
    for (const p of providers.splice(0)) p.destroy()
    await server.stop()
  })

  it('BOARD-13 direct Yjs writes from a party are dropped: agreed, title, interests, history, phase, deletion', async () => {
    const before = (await serverBoard()).options.find((o) => o.id === ideaA)!
    const state = await protectedState()
    const b = boardSchema(view.b)
    const m = b.options.get(ideaA)!
    view.b.transact(() => m.set('status', 'agreed'))
    view.b.transact(() => m.set('title', 'B owns this now'))
    view.b.transact(() => (m.get('interests') as Y.Map<string>).set(s.sides.A!, 'A wants nothing'))
    view.b.transact(() =>
      m.set('history', Y.Array.from([{ from: 'proposed', to: 'agreed', at: 1, by: s.mediatorId }])),
    )
    view.b.transact(() => b.meta.set('phase', 'evaluate'))
    view.b.transact(() => {
      for (const id of [...b.options.keys()]) b.options.delete(id)
    })
    assert.equal(getBoard(view.b).options.length, 0, "B's own replica took the writes")
    // Barrier: B's awareness change travels the same socket, after the writes; once the server has it, they were handled.
    bProvider.awareness.setLocalStateField('barrier', 'after-writes')
    const r = await room('board')
    await waitFor(
      () => [...r.awareness.getStates().values()].some((st) => st.barrier === 'after-writes'),
      'barrier',
    )
    assert.equal(
      await protectedState(),
      state,
      'nothing B wrote reached the board, the ledger or a caucus doc',
    )
    assert.equal((await serverBoard()).phase, 'brainstorm')
    await victimUnharmed(before)
    assert.equal(historyByOption((await room('ledger')).doc).get(ideaA), undefined, 'no forged history entry')
    await otherSessionWorks('after direct writes')
  })

  it("BOARD-8 B cannot withdraw, retitle or re-point A's idea, nor edit A's sticking point: 409 with the rule", async () => {
    const before = (await serverBoard()).options.find((o) => o.id === ideaA)!
    const state = await protectedState()
    const attempts: [unknown, number, string][] = [
      [{ type: 'withdrawIdea', id: ideaA }, 409, 'BOARD-8'],
      [{ type: 'editIdea', id: ideaA, title: 'B owns this now' }, 409, 'BOARD-8'],
      [{ type: 'editIdea', id: ideaA, pointId: pointA }, 409, 'BOARD-8'],
      [{ type: 'editPoint', id: pointA, title: 'Never' }, 409, 'BOARD-8'],
    ]
    for (const cred of [s.invites.B!, s.invites.advB!]) {
      for (const [body, status, code] of attempts) {
        const res = await command(cred, body)
        assert.deepEqual([res.status, res.body.code], [status, code], JSON.stringify(body))
      }
    }
    assert.equal(await protectedState(), state, 'a refusal writes nothing')
    await victimUnharmed(before)
    await otherSessionWorks('after edit attempts')
  })

  it('CMD-1 there is no command to agree, flip the phase, write history, speak for A or claim authorship', async () => {
    const before = (await serverBoard()).options.find((o) => o.id === ideaA)!
    const state = await protectedState()
    const attempts: unknown[] = [
      { type: 'setOptionStatus', id: ideaA, status: 'agreed' },
      { type: 'setBoardPhase', phase: 'evaluate' },
      { type: 'addHistory', id: ideaA, by: s.mediatorId },
      { type: 'setInterests', id: ideaA, sideId: s.sides.A, text: 'A wants nothing' },
      { type: 'addIdea', title: 'Fake A idea', originSideId: s.sides.A },
      { type: 'addIdea', title: 'Fake A idea', createdBy: s.participants.A!.id },
      { type: 'removeIdea', id: ideaA },
      { type: 'addPackage', name: 'Deal', optionIds: [ideaA] },
    ]
    for (const body of attempts) {
      const res = await command(s.invites.B!, body)
      assert.deepEqual([res.status, res.body.code], [400, 'CMD-1'], JSON.stringify(body))
    }
    // Stating interests is for one's own side only: B's text lands under B, A's stays untouched.
    const own = await command(s.invites.B!, { type: 'setInterests', id: ideaA, text: 'quiet Sundays' })
    assert.equal(own.status, 200)
    const after = (await serverBoard()).options.find((o) => o.id === ideaA)!
    assert.deepEqual(after.interests, { [s.sides.B!]: 'quiet Sundays' })
    assert.notEqual(await protectedState(), state)
    await command(s.invites.B!, { type: 'setInterests', id: ideaA, text: '' })
    await victimUnharmed(before)
  })

  it('ACCESS-1 the ledger (who wrote what, the history) is closed to parties: 4403', async () => {
    for (const cred of [s.invites.A!, s.invites.B!, s.invites.advB!]) {
      const p = await connectDoc(server, cred, s.sessionId, 'ledger', new Y.Doc())
      providers.push(p)
      assert.equal(await closedWith(p), 4403)
    }
    const med = new Y.Doc()
    await connect(s.mediatorToken, 'ledger', med)
    assert.equal(authorOf(med, 'option', ideaA)?.participantId, s.participants.A!.id, 'the mediator reads it')
  })

  it('BOARD-5 BOARD-14 brainstorm is anonymous: no author field, no party client id, the author only in the ledger', async () => {
    const aAwareness = new Y.Doc()
    const pa = await connect(s.invites.A!, 'board', aAwareness)
    pa.awareness.setLocalStateField('typing', true)
    const r = await room('board')
    await waitFor(() => [...r.awareness.getStates().keys()].includes(aAwareness.clientID), "A's awareness")
    // What B gets (a fresh replica, as any reader of the board): every struct is the server's; A's ids are nowhere.
    const fresh = new Y.Doc()
    await connect(s.invites.B!, 'board', fresh)
    const update = Y.encodeStateAsUpdate(fresh)
    const clients = new Set(Y.decodeUpdate(update).structs.map((x) => x.id.client))
    assert.ok(
      !clients.has(aAwareness.clientID) && !clients.has(view.a.clientID),
      "no struct carries A's client id",
    )
    assert.ok(!clients.has(view.b.clientID), "B's dropped writes are not on the server")
    assert.deepEqual([...clients], [r.doc.clientID], 'only the server wrote the board')
    assert.ok(!new TextDecoder().decode(update).includes(s.participants.A!.id), "A's id is not in the board")
    const idea = getBoard(fresh).options.find((o) => o.id === ideaA)
    assert.deepEqual([idea?.originSideId, idea?.createdBy], [null, ''])
    // A's own side learns the idea is its own; B's side does not.
    const caucusA = (await room(`caucus/${s.sides.A}`)).doc
    const caucusB = (await room(`caucus/${s.sides.B}`)).doc
    assert.equal(caucusA.getMap('authored').get(`option:${ideaA}`), true)
    assert.equal(caucusB.getMap('authored').has(`option:${ideaA}`), false)
  })

  it('BOARD-13 phase lock: during evaluate a side adds and edits nothing, only withdraws its own (BOARD-4)', async () => {
    const bIdea = (await command(s.invites.B!, { type: 'addIdea', title: 'Holidays split' })).body.id!
    boardSchema(view.med).meta.set('phase', 'evaluate')
    await waitFor(async () => (await serverBoard()).phase === 'evaluate', 'the mediator switched the phase')
    const before = (await serverBoard()).options.find((o) => o.id === ideaA)!
    const state = await protectedState()
    for (const body of [
      { type: 'addIdea', title: 'Late idea' },
      { type: 'editIdea', id: bIdea, title: 'Reworded' },
      { type: 'addPoint', title: 'Late point' },
    ]) {
      const res = await command(s.invites.B!, body)
      assert.deepEqual([res.status, res.body.code], [409, 'BOARD-13'], JSON.stringify(body))
    }
    assert.equal(await protectedState(), state)
    await victimUnharmed(before)
    clock.t += 5000
    assert.equal((await command(s.invites.advB!, { type: 'withdrawIdea', id: bIdea })).status, 200)
    await waitFor(
      async () => (await serverBoard()).options.find((o) => o.id === bIdea)?.status === 'withdrawn',
      'withdrawn',
    )
    boardSchema(view.med).meta.set('phase', 'brainstorm')
    await waitFor(async () => (await serverBoard()).phase === 'brainstorm', 'back to brainstorm')
  })

  it("BOARD-15 history is the server's: a command's and the mediator's direct status change, with its clock and who", async () => {
    const ledger = async () => historyByOption((await room('ledger')).doc)
    const bIdea = [...(await ledger()).keys()].find((id) => id !== ideaA)!
    assert.deepEqual((await ledger()).get(bIdea), [
      { from: 'proposed', to: 'withdrawn', at: clock.t, by: s.participants.advB!.id },
    ])
    clock.t += 60_000
    // The mediator changes a status directly on its own replica; the server logs it when it arrives.
    boardSchema(view.med).options.get(ideaA)!.set('status', 'clarified')
    await waitFor(
      async () => ((await ledger()).get(ideaA)?.length ?? 0) === 1,
      'the mediator change is logged',
    )
    assert.deepEqual((await ledger()).get(ideaA), [
      { from: 'proposed', to: 'clarified', at: clock.t, by: s.mediatorId },
    ])
    await victimUnharmed({
      ...(await serverBoard()).options.find((o) => o.id === ideaA)!,
      status: 'clarified',
    })
  })
})
