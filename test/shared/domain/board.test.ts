import assert from 'node:assert/strict'
import {
  addOption,
  addPackage,
  addStickingPoint,
  allowedStatuses,
  editOption,
  editPackage,
  editStickingPoint,
  getBoard,
  type OptionStatus,
  setBoardPhase,
  setCriteria,
  setInterests,
  setOptionStatus,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { serverBoard } from './board-fixture'
import { A1, A2, B1, ctx, ids, M, T0, throwsRule } from './fixture'

function evaluating(): { b: Y.Doc; newId: () => string } {
  const b = new Y.Doc()
  setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
  return { b, newId: ids('o') }
}

/** Walks an option from proposed to `to` along the main line. */
function advance(b: Y.Doc, id: string, to: OptionStatus): void {
  const line: OptionStatus[] = [
    'proposed',
    'clarified',
    'explored',
    'evaluated',
    'agreedInPrinciple',
    'agreed',
  ]
  const from = getBoard(b).options.find((o) => o.id === id)?.status ?? 'proposed'
  for (const s of line.slice(line.indexOf(from) + 1, line.indexOf(to) + 1))
    setOptionStatus(b, { id, status: s }, ctx(M))
}

describe('domain: option board', () => {
  it('BOARD-1 only the mediator switches the board phase; brainstorm by default', () => {
    const b = new Y.Doc()
    assert.equal(getBoard(b).phase, 'brainstorm')
    throwsRule(b, 'ACCESS-2', () => setBoardPhase(b, { phase: 'evaluate' }, ctx(A1)))
    throwsRule(b, 'BOARD-1', () => setBoardPhase(b, { phase: 'vote' as 'evaluate' }, ctx(M)))
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    assert.equal(getBoard(b).phase, 'evaluate')
  })

  it('BOARD-2 no evaluation during brainstorm', () => {
    const b = new Y.Doc()
    const id = addOption(b, { title: 'Shared driveway' }, ctx(A1, { newId: ids('o') }))
    setOptionStatus(b, { id, status: 'clarified' }, ctx(M))
    setOptionStatus(b, { id, status: 'explored' }, ctx(M))
    throwsRule(b, 'BOARD-2', () => setOptionStatus(b, { id, status: 'evaluated' }, ctx(M)))
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    setOptionStatus(b, { id, status: 'evaluated' }, ctx(M))
  })

  it('BOARD-3 status moves follow the graph and every change is kept', () => {
    const s = serverBoard()
    const b = s.board
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    const id = addOption(b, { title: 'Fence' }, ctx(M, { newId: ids('o') }))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, { id, status: 'done' as OptionStatus }, ctx(M)))
    s.clock.now = T0 + 1
    setOptionStatus(b, { id, status: 'parked' }, ctx(M))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, { id, status: 'agreed' }, ctx(M)))
    s.clock.now = T0 + 2
    setOptionStatus(b, { id, status: 'explored' }, ctx(M))
    const o = getBoard(b, s.ledger).options[0]
    assert.equal(o?.status, 'explored')
    assert.deepEqual(
      o?.history.map((h) => [h.from, h.to, h.at - T0, h.by]),
      [
        ['proposed', 'parked', 1, 'm'],
        ['parked', 'explored', 2, 'm'],
      ],
    )
    assert.deepEqual(allowedStatuses('agreed'), ['agreedInPrinciple'])
    assert.deepEqual(allowedStatuses('withdrawn'), ['proposed'])
  })

  it('BOARD-4 only the mediator changes status, but a side may withdraw its own option', () => {
    const s = serverBoard()
    const b = s.board
    const mine = s.send(A1, { type: 'addIdea', title: 'Mine' })!
    throwsRule(b, 'BOARD-4', () => setOptionStatus(b, { id: mine, status: 'clarified' }, ctx(A1), s.ledger))
    throwsRule(b, 'BOARD-8', () => s.send(B1, { type: 'withdrawIdea', id: mine }))
    s.send(A2, { type: 'withdrawIdea', id: mine })
    assert.equal(getBoard(b).options[0]?.status, 'withdrawn')
    assert.deepEqual(
      getBoard(b, s.ledger).options[0]?.history.map((h) => [h.from, h.to, h.by]),
      [['proposed', 'withdrawn', 'a2']],
    )
  })

  it('BOARD-5 options are unattributed during brainstorm: no origin, no author on the board', () => {
    const s = serverBoard()
    const b = s.board
    throwsRule(b, 'BOARD-5', () =>
      addOption(b, { title: 'x', originSideId: 'A' }, ctx(M, { newId: ids('o') })),
    )
    s.send(A1, { type: 'addIdea', title: 'Idea', description: 'from A' })
    const [o] = getBoard(b).options
    assert.equal(o?.originSideId, null)
    assert.equal(o?.createdBy, '')
    // Nothing in the board's state names the author (the ledger does): no key and no value of any item is the
    // author's id. (Decoded, not searched as bytes: random ids can contain "a1" by chance.)
    const names = (doc: Y.Doc) =>
      Y.decodeUpdate(Y.encodeStateAsUpdate(doc)).structs.flatMap((st) => {
        if (!(st instanceof Y.Item)) return []
        const c = st.content
        const values: unknown[] = c instanceof Y.ContentString ? [c.str] : c.getContent()
        return [st.parentSub, ...values].map((v) => JSON.stringify(v ?? null))
      })
    assert.ok(!names(b).some((v) => v.includes('"a1"')), 'the author id is not in the board document')
    assert.ok(
      names(s.ledger).some((v) => v.includes('"a1"')),
      'the ledger names the author',
    )
  })

  it('BOARD-6 parties state interests of their own side only; the mediator names origins', () => {
    const { b, newId } = evaluating()
    const id = addOption(b, { title: 'Ours', originSideId: 'A' }, ctx(M, { newId }))
    const byM = addOption(b, { title: "B's", originSideId: 'B' }, ctx(M, { newId }))
    assert.deepEqual(
      getBoard(b).options.map((o) => o.originSideId),
      ['A', 'B'],
    )
    throwsRule(b, 'BOARD-6', () => setInterests(b, { id, sideId: 'B', text: 'their interest' }, ctx(A1)))
    setInterests(b, { id, sideId: 'A', text: 'quiet evenings' }, ctx(A2))
    setInterests(b, { id, sideId: 'B', text: 'parking' }, ctx(M))
    setInterests(b, { id: byM, sideId: 'B', text: 'x' }, ctx(B1))
    setInterests(b, { id: byM, sideId: 'B', text: '' }, ctx(B1))
    const [o1, o2] = getBoard(b).options
    assert.deepEqual(o1?.interests, { A: 'quiet evenings', B: 'parking' })
    assert.deepEqual(o2?.interests, {})
  })

  it('BOARD-7 nothing is agreed until everything in the package is agreed', () => {
    const { b, newId } = evaluating()
    const x = addOption(b, { title: 'X' }, ctx(M, { newId }))
    const y = addOption(b, { title: 'Y' }, ctx(M, { newId }))
    const pkg = addPackage(b, { name: 'Deal', optionIds: [x, y] }, ctx(M, { newId: ids('p') }))
    advance(b, x, 'agreedInPrinciple')
    throwsRule(b, 'BOARD-7', () => setOptionStatus(b, { id: x, status: 'agreed' }, ctx(M)))
    advance(b, y, 'agreedInPrinciple')
    setOptionStatus(b, { id: x, status: 'agreed' }, ctx(M))
    assert.equal(getBoard(b).packages[0]?.agreed, false)
    setOptionStatus(b, { id: y, status: 'agreed' }, ctx(M))
    assert.equal(getBoard(b).packages[0]?.agreed, true)
    setOptionStatus(b, { id: y, status: 'agreedInPrinciple' }, ctx(M, { now: T0 + 1 }))
    const statuses = getBoard(b).options.map((o) => o.status)
    assert.deepEqual(statuses, ['agreedInPrinciple', 'agreedInPrinciple'], 'reopening y reopens x')
    const z = addOption(b, { title: 'Z' }, ctx(M, { newId }))
    advance(b, x, 'agreed')
    throwsRule(b, 'BOARD-7', () => editPackage(b, { id: pkg, optionIds: [x, z] }, ctx(M)))
  })

  it('BOARD-8 parties edit or withdraw only what their side authored', () => {
    const s = serverBoard()
    const b = s.board
    const theirs = s.send(B1, { type: 'addIdea', title: 'B idea' })!
    const open = addOption(b, { title: 'Mediator idea' }, ctx(M, { newId: ids('o') }))
    const point = s.send(B1, { type: 'addPoint', title: 'Noise' })!
    // The board names no author, yet A cannot take B's unattributed idea or point, nor the mediator's.
    throwsRule(b, 'BOARD-8', () => s.send(A1, { type: 'editIdea', id: theirs, title: 'mine now' }))
    throwsRule(b, 'BOARD-8', () => s.send(A2, { type: 'withdrawIdea', id: theirs }))
    throwsRule(b, 'BOARD-8', () => s.send(A1, { type: 'editIdea', id: open, description: 'x' }))
    throwsRule(b, 'BOARD-8', () => s.send(A1, { type: 'editPoint', id: point, title: 'Quiet' }))
    throwsRule(b, 'BOARD-8', () => editOption(b, { id: theirs, title: 'direct' }, ctx(B1)))
    s.send(B1, { type: 'editIdea', id: theirs, title: 'B idea, refined' })
    s.send(B1, { type: 'editPoint', id: point, description: 'after 22:00' })
    editOption(b, { id: open, description: 'with details' }, ctx(M))
    assert.deepEqual(
      getBoard(b).options.map((o) => [o.title, o.description]),
      [
        ['B idea, refined', ''],
        ['Mediator idea', 'with details'],
      ],
    )
    assert.equal(getBoard(b).points[0]?.description, 'after 22:00')
    // An option the mediator attributed to side A is A's to edit.
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    const forA = addOption(b, { title: 'For A', originSideId: 'A' }, ctx(M, { newId: ids('f') }))
    s.send(A1, { type: 'withdrawIdea', id: forA })
    assert.equal(getBoard(b).options.find((o) => o.id === forA)?.status, 'withdrawn')
  })

  it('BOARD-9 references must exist; packages show only existing options', () => {
    const { b, newId } = evaluating()
    throwsRule(b, 'BOARD-9', () => addOption(b, { title: 'x', pointId: 'nope' }, ctx(M, { newId })))
    throwsRule(b, 'BOARD-9', () => setOptionStatus(b, { id: 'nope', status: 'clarified' }, ctx(M)))
    throwsRule(b, 'BOARD-9', () => editStickingPoint(b, { id: 'nope', title: 'x' }, ctx(M)))
    throwsRule(b, 'BOARD-9', () =>
      addPackage(b, { name: 'P', optionIds: ['nope'] }, ctx(M, { newId: ids('p') })),
    )
    throwsRule(b, 'BOARD-9', () => editPackage(b, { id: 'nope', name: 'P' }, ctx(M)))
    const point = addStickingPoint(
      b,
      { title: 'Noise', description: 'Evenings' },
      ctx(M, { newId: ids('sp') }),
    )
    editStickingPoint(b, { id: point, title: 'Noise after 22:00' }, ctx(M))
    const id = addOption(b, { title: 'Quiet hours', pointId: point }, ctx(M, { newId }))
    assert.deepEqual(
      getBoard(b).points.map((p) => [p.id, p.title, p.description]),
      [[point, 'Noise after 22:00', 'Evenings']],
    )
    assert.equal(getBoard(b).options[0]?.pointId, point)
    assert.equal(getBoard(b).options[0]?.id, id)
  })

  it('BOARD-10 an agreed option keeps its text', () => {
    const { b, newId } = evaluating()
    const id = addOption(b, { title: 'X' }, ctx(M, { newId }))
    advance(b, id, 'agreedInPrinciple')
    throwsRule(b, 'BOARD-10', () => editOption(b, { id, title: 'Y' }, ctx(M)))
    setCriteria(b, { id, criteria: ['fair', 'affordable'] }, ctx(M))
    assert.deepEqual(getBoard(b).options[0]?.criteria, ['fair', 'affordable'])
  })

  it('BOARD-11 ids come from the injected generator and are unique', () => {
    const { b } = evaluating()
    const same = () => 'dup'
    addOption(b, { title: 'first' }, ctx(M, { newId: same }))
    throwsRule(b, 'BOARD-11', () => addOption(b, { title: 'second' }, ctx(M, { newId: same })))
    throwsRule(b, 'INPUT-3', () => addOption(b, { title: 'bad id' }, ctx(M, { newId: () => 'a/b' })))
  })

  it('BOARD-12 a package holds at least one option, none twice', () => {
    const { b, newId } = evaluating()
    const x = addOption(b, { title: 'X' }, ctx(M, { newId }))
    throwsRule(b, 'BOARD-12', () => addPackage(b, { name: 'P', optionIds: [] }, ctx(M, { newId: ids('p') })))
    throwsRule(b, 'BOARD-12', () =>
      addPackage(b, { name: 'P', optionIds: [x, x] }, ctx(M, { newId: ids('p') })),
    )
  })
})
