import assert from 'node:assert/strict'
import {
  acceptRules,
  addParticipant,
  addSide,
  allowedPhases,
  controlSchema,
  DomainError,
  docAccess,
  endSession,
  getFloor,
  getPhase,
  getQueue,
  getSession,
  grantFloor,
  initSession,
  listParticipants,
  listSides,
  raiseHand,
  removeParticipant,
  setPhase,
  storeOrigin,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, A2, B1, by, controlDoc, ctx, M, S1, T0, throwsRule } from './fixture'

function acceptAll(c: Y.Doc): void {
  for (const a of [A1, A2, B1]) acceptRules(c, { version: 1 }, ctx(a))
}

describe('domain: session and phases', () => {
  it('SESSION-1 initialises once with kind, title and language, in phase intake', () => {
    const c = controlDoc()
    assert.deepEqual(getSession(c), {
      id: 'session-1',
      kind: 'mediation',
      title: 'Buren',
      language: 'nl',
      archived: false,
    })
    assert.equal(getPhase(c), 'intake')
    throwsRule(c, 'SESSION-1', () =>
      initSession(c, { id: 'x', kind: 'mediation', title: 'x', language: 'nl' }, { origin: storeOrigin }),
    )
    const d = new Y.Doc()
    const bad = { id: 'x', kind: 'arbitration', title: 'x', language: 'nl' } as unknown as Parameters<
      typeof initSession
    >[1]
    throwsRule(d, 'SESSION-1', () => initSession(d, bad, { origin: storeOrigin }))
    assert.equal(getSession(d), null)
  })

  it('SESSION-2 side ids are unique and coaching has one side', () => {
    const c = controlDoc()
    throwsRule(c, 'SESSION-2', () => addSide(c, { id: 'A', name: 'again' }, { origin: storeOrigin }))
    assert.deepEqual(
      listSides(c).map((s) => s.id),
      ['A', 'B'],
    )
    const k = controlDoc('coaching')
    addSide(k, { id: 'client', name: 'Client' }, { origin: storeOrigin })
    throwsRule(k, 'SESSION-2', () => addSide(k, { id: 'other', name: 'Other' }, { origin: storeOrigin }))
  })

  it('SESSION-5 sides are listed in creation order, not id order; legacy sides without a position come last', () => {
    const c = new Y.Doc()
    initSession(c, { id: 's', kind: 'mediation', title: 'Orde', language: 'nl' }, { origin: storeOrigin })
    for (const id of ['zz', 'aa', 'mm']) addSide(c, { id, name: id.toUpperCase() }, { origin: storeOrigin })
    assert.deepEqual(listSides(c), [
      { id: 'zz', name: 'ZZ' },
      { id: 'aa', name: 'AA' },
      { id: 'mm', name: 'MM' },
    ])
    // A session stored before positions existed: those sides keep their id order after the positioned ones.
    controlSchema(c).sides.set('bb', { id: 'bb', name: 'BB' })
    controlSchema(c).sides.set('ab', { id: 'ab', name: 'AB' })
    assert.deepEqual(
      listSides(c).map((s) => s.id),
      ['zz', 'aa', 'mm', 'ab', 'bb'],
    )
  })

  it('SESSION-3 participants: unique ids, parties in an existing side, removal clears hand and floor', () => {
    const c = controlDoc()
    throwsRule(c, 'SESSION-3', () =>
      addParticipant(c, { id: 'a1', name: 'x', role: 'party', sideId: 'A' }, { origin: storeOrigin }),
    )
    throwsRule(c, 'SESSION-3', () =>
      addParticipant(c, { id: 'x', name: 'x', role: 'party', sideId: 'Z' }, { origin: storeOrigin }),
    )
    throwsRule(c, 'SESSION-3', () =>
      addParticipant(c, { id: 'x', name: 'x', role: 'mediator', sideId: 'A' }, { origin: storeOrigin }),
    )
    assert.equal(listParticipants(c).length, 5)
    raiseHand(c, {}, ctx(B1))
    grantFloor(c, { participantId: 'a1' }, ctx(M))
    removeParticipant(c, { id: 'a1' }, { origin: storeOrigin })
    removeParticipant(c, { id: 'b1' }, { origin: storeOrigin })
    assert.equal(getFloor(c, T0), null)
    assert.deepEqual(getQueue(c), [])
    assert.equal(controlSchema(c).hands.size, 0)
    throwsRule(c, 'SESSION-3', () => removeParticipant(c, { id: 'nobody' }, { origin: storeOrigin }))
  })

  it('SESSION-4 a coaching session has exactly one client', () => {
    const k = controlDoc('coaching')
    addSide(k, { id: 'client', name: 'Client' }, { origin: storeOrigin })
    addParticipant(k, { id: 'c1', name: 'Client', role: 'party', sideId: 'client' }, { origin: storeOrigin })
    throwsRule(k, 'SESSION-4', () =>
      addParticipant(k, { id: 'c2', name: 'Two', role: 'party', sideId: 'client' }, { origin: storeOrigin }),
    )
  })

  it('PHASE-1 only the allowed transitions; no plain move reaches or leaves closed and aftercare', () => {
    assert.deepEqual(allowedPhases('intake'), ['opening'])
    assert.deepEqual(allowedPhases('joint'), ['caucus', 'closing'])
    assert.deepEqual(allowedPhases('closing'), ['joint'])
    assert.deepEqual(allowedPhases('closed'), [])
    assert.deepEqual(allowedPhases('aftercare'), [])
    const c = controlDoc()
    throwsRule(c, 'PHASE-1', () => setPhase(c, { phase: 'joint' }, ctx(M)))
    setPhase(c, { phase: 'opening' }, ctx(M))
    acceptAll(c)
    setPhase(c, { phase: 'joint' }, ctx(M, { now: T0 + 1 }))
    setPhase(c, { phase: 'closing' }, ctx(M, { now: T0 + 2 }))
    throwsRule(c, 'PHASE-1', () => setPhase(c, { phase: 'closed' }, ctx(M, { now: T0 + 3 })))
    endSession(c, { outcome: 'full-agreement' }, ctx(M, { now: T0 + 3 }))
    throwsRule(c, 'PHASE-1', () => setPhase(c, { phase: 'joint' }, ctx(M, { now: T0 + 4 })))
    throwsRule(c, 'PHASE-1', () => setPhase(c, { phase: 'aftercare' }, ctx(M, { now: T0 + 4 })))
    assert.equal(getPhase(c), 'closed')
  })

  it('PHASE-2 only the mediator changes the phase and every change is logged', () => {
    const c = controlDoc()
    throwsRule(c, 'ACCESS-2', () => setPhase(c, { phase: 'opening' }, ctx(A1)))
    setPhase(c, { phase: 'opening' }, ctx(M, { now: T0 + 5 }))
    assert.deepEqual(controlSchema(c).phaseLog.toArray(), [
      { from: 'intake', to: 'opening', at: T0 + 5, by: 'm' },
    ])
  })

  it('PHASE-3 joint talks begin only when every party and adviser accepted the rules', () => {
    const c = controlDoc()
    setPhase(c, { phase: 'opening' }, ctx(M))
    acceptRules(c, { version: 1 }, ctx(A1))
    throwsRule(c, 'PHASE-3', () => setPhase(c, { phase: 'joint' }, ctx(M)))
    acceptRules(c, { version: 1 }, ctx(A2))
    acceptRules(c, { version: 1 }, ctx(B1))
    setPhase(c, { phase: 'joint' }, ctx(M))
    assert.equal(getPhase(c), 'joint')
  })

  it('ACCESS-1 docAccess follows the access table', () => {
    const table: [string, string, string, string, string][] = [
      // doc, mediator, party a1, adviser a2, secretariat
      ['control', 'write', 'read', 'read', 'none'],
      ['board', 'write', 'read', 'read', 'none'],
      ['ledger', 'read', 'none', 'none', 'none'],
      ['agreement', 'write', 'read', 'read', 'none'],
      ['private/a1', 'read', 'write', 'none', 'none'],
      ['private/b1', 'read', 'none', 'none', 'none'],
      ['caucus/A', 'write', 'write', 'write', 'none'],
      ['caucus/B', 'write', 'none', 'none', 'none'],
      ['notes', 'none', 'none', 'none', 'none'],
      ['private/a1/x', 'none', 'none', 'none', 'none'],
    ]
    for (const [doc, ...want] of table) {
      const got = [M, A1, A2, S1].map((a) => docAccess(doc, a))
      assert.deepEqual(got, want, doc)
    }
  })

  it('ACCESS-2 mediator-only commands refuse every other role', () => {
    const c = controlDoc()
    for (const a of [A1, A2, B1, S1]) {
      throwsRule(c, 'ACCESS-2', () => setPhase(c, { phase: 'opening' }, ctx(a)))
      throwsRule(c, 'ACCESS-2', () => grantFloor(c, { participantId: 'a1' }, ctx(a)))
    }
  })

  it('ACCESS-4 a command on control needs a real participant with the same role and side', () => {
    const c = controlDoc()
    throwsRule(c, 'ACCESS-4', () =>
      raiseHand(c, {}, ctx({ participantId: 'ghost', role: 'party', sideId: 'A' }, { origin: by(A1) })),
    )
    throwsRule(c, 'ACCESS-4', () =>
      setPhase(
        c,
        { phase: 'opening' },
        ctx({ participantId: 'a1', role: 'mediator', sideId: null }, { origin: by(A1) }),
      ),
    )
    throwsRule(c, 'ACCESS-4', () => raiseHand(c, {}, ctx({ ...A1, sideId: 'B' }, { origin: by(A1) })))
  })

  it('INPUT-1 INPUT-3 texts and ids are checked', () => {
    const c = controlDoc()
    throwsRule(c, 'INPUT-1', () => addSide(c, { id: 'C', name: '   ' }, { origin: storeOrigin }))
    throwsRule(c, 'INPUT-1', () => addSide(c, { id: 'C', name: 'x'.repeat(201) }, { origin: storeOrigin }))
    throwsRule(c, 'INPUT-3', () => addSide(c, { id: 'C/D', name: 'C' }, { origin: storeOrigin }))
    throwsRule(c, 'INPUT-3', () =>
      addParticipant(c, { id: '', name: 'x', role: 'party', sideId: 'A' }, { origin: storeOrigin }),
    )
  })

  it('INPUT-2 times must be finite and non-negative', () => {
    const c = controlDoc()
    throwsRule(c, 'INPUT-2', () => setPhase(c, { phase: 'opening' }, ctx(M, { now: Number.NaN })))
    throwsRule(c, 'INPUT-2', () => raiseHand(c, {}, ctx(A1, { now: -1 })))
  })

  it('errors are DomainErrors with a rule and a message', () => {
    const c = controlDoc()
    try {
      setPhase(c, { phase: 'closed' }, ctx(M))
      assert.fail('expected an error')
    } catch (e) {
      assert.ok(e instanceof DomainError)
      assert.equal(e.rule, 'PHASE-1')
      assert.match(e.message, /intake to closed/)
    }
  })
})
