import assert from 'node:assert/strict'
import {
  addOption,
  addPackage,
  applyCommand,
  authoredBySide,
  authorOf,
  boardSchema,
  editPackage,
  getBoard,
  parseCommand,
  serverOrigin,
  setBoardPhase,
  setCriteria,
  setOptionStatus,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { serverBoard } from './board-fixture'
import { A1, A2, B1, controlDoc, ctx, ids, M, S1, T0, throwsRule } from './fixture'

describe('domain: board commands (what parties send the server)', () => {
  it('CMD-1 board commands parse with exactly their fields', () => {
    assert.deepEqual(parseCommand({ type: 'addIdea', title: 'x', pointId: null }), {
      type: 'addIdea',
      title: 'x',
      pointId: null,
    })
    assert.deepEqual(parseCommand({ type: 'setInterests', id: 'o', text: '' }), {
      type: 'setInterests',
      id: 'o',
      text: '',
    })
    const bad: unknown[] = [
      { type: 'addIdea' },
      { type: 'addIdea', title: 'x', originSideId: 'B' },
      { type: 'addIdea', title: 'x', createdBy: 'a1' },
      { type: 'editIdea', id: 'o', status: 'agreed' },
      { type: 'setInterests', id: 'o', sideId: 'B', text: 'theirs' },
      { type: 'setInterests', id: 'o', text: 'x'.repeat(2001) },
      { type: 'addIdea', title: 'x', description: 'x'.repeat(10_001) },
      { type: 'setOptionStatus', id: 'o', status: 'agreed' },
      { type: 'setBoardPhase', phase: 'evaluate' },
    ]
    for (const input of bad) {
      assert.throws(
        () => parseCommand(input),
        (e: Error & { rule?: string }) => e.rule === 'CMD-1',
        JSON.stringify(input),
      )
    }
  })

  it("BOARD-13 parties change the board only by commands; phase lock; phase, statuses, criteria and packages are the mediator's", () => {
    const s = serverBoard()
    const b = s.board
    const id = s.send(A1, { type: 'addIdea', title: 'Shared driveway' })!
    const point = s.send(A1, { type: 'addPoint', title: 'Parking' })!
    s.send(A1, { type: 'editIdea', id, pointId: point })
    assert.equal(getBoard(b).options[0]?.pointId, point)
    throwsRule(b, 'ACCESS-2', () => setBoardPhase(b, { phase: 'evaluate' }, ctx(B1)))
    throwsRule(b, 'ACCESS-2', () => setCriteria(b, { id, criteria: ['cheap'] }, ctx(A1)))
    throwsRule(b, 'ACCESS-2', () =>
      addPackage(b, { name: 'P', optionIds: [id] }, ctx(B1, { newId: ids('p') })),
    )
    const pkg = addPackage(b, { name: 'P', optionIds: [id] }, ctx(M, { newId: ids('p') }))
    throwsRule(b, 'ACCESS-2', () => editPackage(b, { id: pkg, optionIds: [] }, ctx(A1)))
    throwsRule(b, 'BOARD-4', () => setOptionStatus(b, { id, status: 'clarified' }, ctx(A1), s.ledger))
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    // Phase lock: during evaluate a side no longer adds or rewrites; it states interests and withdraws its own.
    throwsRule(b, 'BOARD-13', () => s.send(A1, { type: 'addIdea', title: 'late idea' }))
    throwsRule(b, 'BOARD-13', () => s.send(A1, { type: 'editIdea', id, title: 'reworded' }))
    throwsRule(b, 'BOARD-13', () => s.send(A1, { type: 'addPoint', title: 'late point' }))
    throwsRule(b, 'BOARD-13', () => s.send(A1, { type: 'editPoint', id: point, title: 'x' }))
    s.send(A1, { type: 'setInterests', id, text: 'room for two cars' })
    s.send(B1, { type: 'setInterests', id, text: 'no cars at night' })
    s.send(A1, { type: 'withdrawIdea', id })
    const o = getBoard(b).options[0]
    assert.deepEqual(o?.interests, { A: 'room for two cars', B: 'no cars at night' })
    assert.equal(o?.status, 'withdrawn')
    // The secretariat has no business on the board at all.
    throwsRule(b, 'ACCESS-3', () => s.send(S1, { type: 'addIdea', title: 'x' }))
  })

  it("BOARD-14 the author of a party item is in the ledger and the side's caucus doc, never on the board", () => {
    const s = serverBoard()
    const option = s.send(A2, { type: 'addIdea', title: 'Hedge instead of a fence' })!
    const point = s.send(B1, { type: 'addPoint', title: 'Noise' })!
    assert.deepEqual(authorOf(s.ledger, 'option', option), {
      kind: 'option',
      participantId: 'a2',
      sideId: 'A',
      at: T0,
    })
    assert.equal(authorOf(s.ledger, 'point', point)?.participantId, 'b1')
    assert.deepEqual([...authoredBySide(s.caucus.A!).options], [option])
    assert.deepEqual([...authoredBySide(s.caucus.A!).points], [])
    assert.deepEqual([...authoredBySide(s.caucus.B!).points], [point])
    const board = getBoard(s.board)
    assert.equal(board.options[0]?.createdBy, '')
    assert.equal(board.points[0]?.createdBy, '')
    // Every struct on the board was written by one Yjs client: the server's (for a party's command).
    const clients = new Set<number>()
    const decoded = Y.decodeUpdate(Y.encodeStateAsUpdate(s.board))
    for (const st of decoded.structs) clients.add(st.id.client)
    assert.deepEqual([...clients], [s.board.clientID])
  })

  it("BOARD-15 history is the server's: every status change, by command or direct edit, logged with its clock and who", () => {
    const s = serverBoard()
    const b = s.board
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    const x = addOption(b, { title: 'X', originSideId: 'A' }, ctx(M, { newId: () => 'x' }))
    const y = addOption(b, { title: 'Y' }, ctx(M, { newId: () => 'y' }))
    addPackage(b, { name: 'Deal', optionIds: [x, y] }, ctx(M, { newId: ids('p') }))
    for (const [id, st] of [
      [x, 'clarified'],
      [x, 'explored'],
      [x, 'evaluated'],
      [x, 'agreedInPrinciple'],
      [y, 'clarified'],
      [y, 'explored'],
      [y, 'evaluated'],
      [y, 'agreedInPrinciple'],
      [y, 'agreed'],
    ] as const) {
      s.clock.now++
      setOptionStatus(b, { id, status: st }, ctx(M, { now: 1 }))
    }
    s.clock.now = T0 + 100
    // Reopening y's partner: the partner's reopening is logged too, by the same person at the same time.
    setOptionStatus(b, { id: x, status: 'evaluated' }, ctx(M))
    // A direct edit by a replica (the mediator's sidebar) reaching the server is logged when it arrives.
    const sidebar = new Y.Doc()
    Y.applyUpdate(sidebar, Y.encodeStateAsUpdate(b))
    setOptionStatus(sidebar, { id: x, status: 'parked' }, ctx(M))
    s.clock.now = T0 + 200
    Y.applyUpdate(b, Y.encodeStateAsUpdate(sidebar), serverOrigin('m'))
    s.send(A1, { type: 'withdrawIdea', id: x })
    const hist = getBoard(b, s.ledger).options.find((o) => o.id === x)?.history ?? []
    assert.deepEqual(hist.map((h) => [h.from, h.to, h.at - T0, h.by]).slice(-4), [
      ['evaluated', 'agreedInPrinciple', 4, 'm'],
      ['agreedInPrinciple', 'evaluated', 100, 'm'],
      ['evaluated', 'parked', 200, 'm'],
      ['parked', 'withdrawn', 200, 'a1'],
    ])
    assert.equal(hist.length, 7)
    const yh = getBoard(b, s.ledger).options.find((o) => o.id === y)?.history ?? []
    assert.deepEqual(yh.at(-1), { from: 'agreed', to: 'agreedInPrinciple', at: T0 + 100, by: 'm' })
    // The board holds no history a client could forge: a 'history' written on the board is not read.
    b.transact(() => {
      const m = boardSchema(b).options.get(x)!
      m.set('history', Y.Array.from([{ from: 'proposed', to: 'agreed', at: 0, by: 'm' }]))
    })
    assert.equal(getBoard(b).options.find((o) => o.id === x)?.history.length, 0)
    assert.equal(getBoard(b, s.ledger).options.find((o) => o.id === x)?.history.length, hist.length)
  })

  it('TALK-6 the secretariat reports no speaking or mute; parties, advisers and the mediator do', () => {
    const d = { control: controlDoc(), agreement: new Y.Doc() }
    for (const type of ['reportSpeaking', 'reportMuted'] as const) {
      const c = type === 'reportSpeaking' ? { type, speaking: true } : { type, muted: true }
      throwsRule(d.control, 'TALK-6', () => applyCommand(d, c, ctx(S1, { origin: serverOrigin('s1') })))
      for (const a of [A1, A2, M]) applyCommand(d, c, ctx(a, { origin: serverOrigin(a.participantId) }))
    }
  })
})
