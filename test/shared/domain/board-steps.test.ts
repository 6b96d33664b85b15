import assert from 'node:assert/strict'
import {
  addOption,
  addPackage,
  authorOf,
  getBoard,
  type OptionStatus,
  setBoardPhase,
  setOptionStatus,
  statusSteps,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { serverBoard } from './board-fixture'
import { A1, B1, ctx, ids, M, S1, throwsRule } from './fixture'

const steps = (b: Y.Doc, id: string, who = M, owns?: boolean) =>
  statusSteps(getBoard(b), id, who, owns).map((s) => s.to)

describe('domain: status steps', () => {
  it('BOARD-16 the mediator skips forward along the main line in one change; parties never skip', () => {
    const s = serverBoard()
    const b = s.board
    const id = s.send(A1, { type: 'addIdea', title: 'Fence' }) as string
    throwsRule(b, 'BOARD-2', () => setOptionStatus(b, { id, status: 'agreed' }, ctx(M)))
    setOptionStatus(b, { id, status: 'explored' }, ctx(M))
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, { id, status: 'agreed' }, ctx(A1), s.ledger))
    setOptionStatus(b, { id, status: 'agreed' }, ctx(M))
    const o = getBoard(b, s.ledger).options[0]
    assert.equal(o?.status, 'agreed')
    assert.deepEqual(
      o?.history.map((h) => [h.from, h.to]),
      [
        ['proposed', 'explored'],
        ['explored', 'agreed'],
      ],
      'one change per skip, kept in the history',
    )
    // Backwards stays one step at a time, and parked or withdrawn options do not skip.
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, { id, status: 'evaluated' }, ctx(M)))
    setOptionStatus(b, { id, status: 'agreedInPrinciple' }, ctx(M))
    setOptionStatus(b, { id, status: 'parked' }, ctx(M))
    throwsRule(b, 'BOARD-3', () => setOptionStatus(b, { id, status: 'agreed' }, ctx(M)))
  })

  it('BOARD-17 the status control offers only the steps the rules allow that person, and names what a step reopens', () => {
    const s = serverBoard()
    const b = s.board
    const mine = s.send(A1, { type: 'addIdea', title: 'Mine' }) as string
    const theirs = s.send(B1, { type: 'addIdea', title: 'Theirs' }) as string
    // Brainstorm: nothing that judges (BOARD-2); a party only withdraws its own (BOARD-4/8).
    assert.deepEqual(steps(b, mine), ['clarified', 'explored', 'parked', 'withdrawn'])
    assert.deepEqual(steps(b, mine, A1, authorOf(s.ledger, 'option', mine)?.sideId === 'A'), ['withdrawn'])
    assert.deepEqual(steps(b, theirs, A1, authorOf(s.ledger, 'option', theirs)?.sideId === 'A'), [])
    assert.deepEqual(steps(b, mine, S1), [])
    setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
    const all: OptionStatus[] = ['clarified', 'explored', 'evaluated', 'agreedInPrinciple', 'agreed']
    assert.deepEqual(steps(b, mine), [...all, 'parked', 'withdrawn'])
    // A package: agreed only once every partner is agreed in principle (BOARD-7).
    const x = addOption(b, { title: 'X' }, ctx(M, { newId: ids('x') }))
    addPackage(b, { name: 'Deal', optionIds: [mine, x] }, ctx(M, { newId: ids('p') }))
    assert.ok(!steps(b, mine).includes('agreed'), 'agreed is not offered while X is open')
    setOptionStatus(b, { id: x, status: 'agreedInPrinciple' }, ctx(M))
    setOptionStatus(b, { id: mine, status: 'agreed' }, ctx(M))
    assert.ok(steps(b, x).includes('agreed'))
    setOptionStatus(b, { id: x, status: 'agreed' }, ctx(M))
    // Leaving agreement reopens the agreed partner: the step says so before it is taken.
    assert.deepEqual(statusSteps(getBoard(b), x, M), [{ to: 'agreedInPrinciple', reopens: [mine] }])
    setOptionStatus(b, { id: x, status: 'agreedInPrinciple' }, ctx(M))
    assert.equal(getBoard(b).options.find((o) => o.id === mine)?.status, 'agreedInPrinciple')
    assert.ok(
      statusSteps(getBoard(b), mine, M).every((st) => st.reopens.length === 0),
      'nothing agreed is left to reopen',
    )
    setOptionStatus(b, { id: mine, status: 'agreed' }, ctx(M))
    const fromX = statusSteps(getBoard(b), x, M)
    assert.deepEqual(
      fromX.filter((st) => st.reopens.length > 0).map((st) => st.to),
      ['evaluated', 'parked', 'withdrawn'],
      'every step out of agreement names the partner it reopens',
    )
    // Every offered step succeeds, and each refused one throws: the list and the command agree.
    for (const to of ['proposed', 'evaluated', 'agreed'] as OptionStatus[]) {
      const offered = steps(b, x).includes(to)
      const probe = new Y.Doc()
      Y.applyUpdate(probe, Y.encodeStateAsUpdate(b))
      if (offered) setOptionStatus(probe, { id: x, status: to }, ctx(M))
      else assert.throws(() => setOptionStatus(probe, { id: x, status: to }, ctx(M)))
    }
  })
})
