import { addOption, addStickingPoint, editOption, setBoardPhase, setCriteria } from '@mediation/core/domain'
import * as Y from 'yjs'
import { by, ids, M, S1, T0, throwsRule } from './fixture'

function evaluating(): { b: Y.Doc; newId: () => string } {
  const b = new Y.Doc()
  setBoardPhase(b, 'evaluate', M, by(M))
  return { b, newId: ids('o') }
}

describe('domain: option board access and input', () => {
  it('ACCESS-3 the secretariat cannot write the board', () => {
    const b = new Y.Doc()
    throwsRule(b, 'ACCESS-3', () => addStickingPoint(b, { title: 'x' }, S1, T0, ids('sp'), by(S1)))
    throwsRule(b, 'ACCESS-3', () => addOption(b, { title: 'x' }, S1, T0, ids('o'), by(S1)))
  })

  it('INPUT-1 option texts and criteria are checked', () => {
    const { b, newId } = evaluating()
    throwsRule(b, 'INPUT-1', () => addOption(b, { title: '' }, M, T0, newId, by(M)))
    const id = addOption(b, { title: 'X' }, M, T0, newId, by(M))
    throwsRule(b, 'INPUT-1', () => setCriteria(b, id, ['ok', ' '], M, by(M)))
    throwsRule(b, 'INPUT-1', () => editOption(b, id, { description: 'x'.repeat(10_001) }, M, by(M)))
  })
})
