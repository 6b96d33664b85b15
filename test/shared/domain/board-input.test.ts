import { addOption, addStickingPoint, editOption, setBoardPhase, setCriteria } from '@mediation/core/domain'
import * as Y from 'yjs'
import { ctx, ids, M, S1, throwsRule } from './fixture'

function evaluating(): { b: Y.Doc; newId: () => string } {
  const b = new Y.Doc()
  setBoardPhase(b, { phase: 'evaluate' }, ctx(M))
  return { b, newId: ids('o') }
}

describe('domain: option board access and input', () => {
  it('ACCESS-3 the secretariat cannot write the board', () => {
    const b = new Y.Doc()
    throwsRule(b, 'ACCESS-3', () => addStickingPoint(b, { title: 'x' }, ctx(S1, { newId: ids('sp') })))
    throwsRule(b, 'ACCESS-3', () => addOption(b, { title: 'x' }, ctx(S1, { newId: ids('o') })))
  })

  it('INPUT-1 option texts and criteria are checked', () => {
    const { b, newId } = evaluating()
    throwsRule(b, 'INPUT-1', () => addOption(b, { title: '' }, ctx(M, { newId })))
    const id = addOption(b, { title: 'X' }, ctx(M, { newId }))
    throwsRule(b, 'INPUT-1', () => setCriteria(b, { id, criteria: ['ok', ' '] }, ctx(M)))
    throwsRule(b, 'INPUT-1', () => editOption(b, { id, description: 'x'.repeat(10_001) }, ctx(M)))
  })
})
