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
import { A1, A2, B1, by, ids, M, T0, throwsRule } from './fixture'

function evaluating(): { b: Y.Doc; newId: () => string } {
  const b = new Y.Doc()
  setBoardPhase(b, 'evaluate', M, by(M))
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
    setOptionStatus(b, id, s, M, T0, by(M))
}

describe('domain: option board', () => {
  it('BOARD-1 only the mediator switches the board phase; brainstorm by default', () => {
    const b = new Y.Doc()
    assert.equal(getBoard(b).phase, 'brainstorm')
    throwsRule(b, 'ACCESS-2', () => setBoardPhase(b, 'evaluate', A1, by(A1)))
    throwsRule(b, 'BOARD-1', () => setBoardPhase(b, 'vote' as 'evaluate', M, by(M)))
    setBoardPhase(b, 'evaluate', M, by(M))
    assert.equal(getBoard(b).phase, 'evaluate')
  })

  it('BOARD-2 no evaluation during brainstorm', () => {
    const b = new Y.Doc()
    const id = addOption(b, { title: 'Shared driveway' }, A1, T0, ids('o'), by(A1))
    setOptionStatus(b, id, 'clarified', M, T0, by(M))
    setOptionStatus(b, id, 'explored', M, T0, by(M))
    throwsRule(b, 'BOARD-2', () => setOptionStatus(b, id, 'evaluated', M, T0, by(M)))
    setBoardPhase(b, 'evaluate', M, by(M))
    setOptionStatus(b, id, 'evaluated', M, T0, by(M))
  })

  it('BOARD-3 status moves follow the graph and every change is kept', () => {
    const { b, newId } = evaluating()
    const id = addOption(b, { title: 'Fence' }, M, T0, newId, by(M))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, id, 'agreed', M, T0, by(M)))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, id, 'done' as OptionStatus, M, T0, by(M)))
    setOptionStatus(b, id, 'parked', M, T0 + 1, by(M))
    setOptionStatus(b, id, 'explored', M, T0 + 2, by(M))
    const o = getBoard(b).options[0]
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
    const { b, newId } = evaluating()
    const mine = addOption(b, { title: 'Mine' }, A1, T0, newId, by(A1))
    throwsRule(b, 'BOARD-4', () => setOptionStatus(b, mine, 'clarified', A1, T0, by(A1)))
    throwsRule(b, 'BOARD-4', () => setOptionStatus(b, mine, 'withdrawn', B1, T0, by(B1)))
    setOptionStatus(b, mine, 'withdrawn', A2, T0, by(A2))
    assert.equal(getBoard(b).options[0]?.status, 'withdrawn')
  })

  it('BOARD-5 options are unattributed during brainstorm', () => {
    const b = new Y.Doc()
    throwsRule(b, 'BOARD-5', () => addOption(b, { title: 'x', originSideId: 'A' }, M, T0, ids('o'), by(M)))
    addOption(b, { title: 'Idea' }, A1, T0, ids('o'), by(A1))
    assert.equal(getBoard(b).options[0]?.originSideId, null)
  })

  it('BOARD-6 parties propose for and state interests of their own side only', () => {
    const { b, newId } = evaluating()
    throwsRule(b, 'BOARD-6', () => addOption(b, { title: 'x', originSideId: 'B' }, A1, T0, newId, by(A1)))
    const id = addOption(b, { title: 'Ours' }, A1, T0, newId, by(A1))
    const byM = addOption(b, { title: "B's", originSideId: 'B' }, M, T0, newId, by(M))
    assert.deepEqual(
      getBoard(b).options.map((o) => o.originSideId),
      ['A', 'B'],
    )
    throwsRule(b, 'BOARD-6', () => setInterests(b, id, 'B', 'their interest', A1, by(A1)))
    setInterests(b, id, 'A', 'quiet evenings', A2, by(A2))
    setInterests(b, id, 'B', 'parking', M, by(M))
    setInterests(b, byM, 'B', 'x', B1, by(B1))
    setInterests(b, byM, 'B', '', B1, by(B1))
    const [o1, o2] = getBoard(b).options
    assert.deepEqual(o1?.interests, { A: 'quiet evenings', B: 'parking' })
    assert.deepEqual(o2?.interests, {})
  })

  it('BOARD-7 nothing is agreed until everything in the package is agreed', () => {
    const { b, newId } = evaluating()
    const x = addOption(b, { title: 'X' }, M, T0, newId, by(M))
    const y = addOption(b, { title: 'Y' }, M, T0, newId, by(M))
    const pkg = addPackage(b, { name: 'Deal', optionIds: [x, y] }, M, ids('p'), by(M))
    advance(b, x, 'agreedInPrinciple')
    throwsRule(b, 'BOARD-7', () => setOptionStatus(b, x, 'agreed', M, T0, by(M)))
    advance(b, y, 'agreedInPrinciple')
    setOptionStatus(b, x, 'agreed', M, T0, by(M))
    assert.equal(getBoard(b).packages[0]?.agreed, false)
    setOptionStatus(b, y, 'agreed', M, T0, by(M))
    assert.equal(getBoard(b).packages[0]?.agreed, true)
    setOptionStatus(b, y, 'agreedInPrinciple', M, T0 + 1, by(M))
    const statuses = getBoard(b).options.map((o) => o.status)
    assert.deepEqual(statuses, ['agreedInPrinciple', 'agreedInPrinciple'], 'reopening y reopens x')
    const z = addOption(b, { title: 'Z' }, M, T0, newId, by(M))
    advance(b, x, 'agreed')
    throwsRule(b, 'BOARD-7', () => editPackage(b, pkg, { optionIds: [x, z] }, M, by(M)))
  })

  it('BOARD-8 parties edit only their own side or unattributed options', () => {
    const { b, newId } = evaluating()
    const theirs = addOption(b, { title: 'B idea' }, B1, T0, newId, by(B1))
    const open = addOption(b, { title: 'Open idea' }, M, T0, newId, by(M))
    throwsRule(b, 'BOARD-8', () => editOption(b, theirs, { title: 'mine now' }, A1, by(A1)))
    editOption(b, open, { description: 'with details' }, A1, by(A1))
    editOption(b, theirs, { title: 'B idea, refined' }, B1, by(B1))
    assert.deepEqual(
      getBoard(b).options.map((o) => [o.title, o.description]),
      [
        ['B idea, refined', ''],
        ['Open idea', 'with details'],
      ],
    )
  })

  it('BOARD-9 references must exist; packages show only existing options', () => {
    const { b, newId } = evaluating()
    throwsRule(b, 'BOARD-9', () => addOption(b, { title: 'x', pointId: 'nope' }, M, T0, newId, by(M)))
    throwsRule(b, 'BOARD-9', () => setOptionStatus(b, 'nope', 'clarified', M, T0, by(M)))
    throwsRule(b, 'BOARD-9', () => editStickingPoint(b, 'nope', { title: 'x' }, M, by(M)))
    throwsRule(b, 'BOARD-9', () => addPackage(b, { name: 'P', optionIds: ['nope'] }, M, ids('p'), by(M)))
    throwsRule(b, 'BOARD-9', () => editPackage(b, 'nope', { name: 'P' }, M, by(M)))
    const point = addStickingPoint(b, { title: 'Noise', description: 'Evenings' }, A1, T0, ids('sp'), by(A1))
    editStickingPoint(b, point, { title: 'Noise after 22:00' }, B1, by(B1))
    const id = addOption(b, { title: 'Quiet hours', pointId: point }, M, T0, newId, by(M))
    assert.deepEqual(
      getBoard(b).points.map((p) => [p.id, p.title, p.description]),
      [[point, 'Noise after 22:00', 'Evenings']],
    )
    assert.equal(getBoard(b).options[0]?.pointId, point)
    assert.equal(getBoard(b).options[0]?.id, id)
  })

  it('BOARD-10 an agreed option keeps its text', () => {
    const { b, newId } = evaluating()
    const id = addOption(b, { title: 'X' }, M, T0, newId, by(M))
    advance(b, id, 'agreedInPrinciple')
    throwsRule(b, 'BOARD-10', () => editOption(b, id, { title: 'Y' }, M, by(M)))
    setCriteria(b, id, ['fair', 'affordable'], M, by(M))
    assert.deepEqual(getBoard(b).options[0]?.criteria, ['fair', 'affordable'])
  })

  it('BOARD-11 ids come from the injected generator and are unique', () => {
    const { b } = evaluating()
    const same = () => 'dup'
    addOption(b, { title: 'first' }, M, T0, same, by(M))
    throwsRule(b, 'BOARD-11', () => addOption(b, { title: 'second' }, M, T0, same, by(M)))
    throwsRule(b, 'INPUT-3', () => addOption(b, { title: 'bad id' }, M, T0, () => 'a/b', by(M)))
  })

  it('BOARD-12 a package holds at least one option, none twice', () => {
    const { b, newId } = evaluating()
    const x = addOption(b, { title: 'X' }, M, T0, newId, by(M))
    throwsRule(b, 'BOARD-12', () => addPackage(b, { name: 'P', optionIds: [] }, M, ids('p'), by(M)))
    throwsRule(b, 'BOARD-12', () => addPackage(b, { name: 'P', optionIds: [x, x] }, M, ids('p'), by(M)))
  })
})
