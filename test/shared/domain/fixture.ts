/** A small session for the domain tests: mediator m, sides A and B, parties a1 b1, adviser a2, secretariat s1. */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import {
  type Actor,
  addParticipant,
  addSide,
  type CommandContext,
  DomainError,
  initSession,
  localOrigin,
  type Participant,
  storeOrigin,
} from '@mediation/core/domain'
import * as Y from 'yjs'

export const T0 = 1_700_000_000_000

export const PEOPLE: Participant[] = [
  { id: 'm', name: 'Mira Mediator', role: 'mediator', sideId: null },
  { id: 'a1', name: 'Anna', role: 'party', sideId: 'A' },
  { id: 'a2', name: 'Adviser of A', role: 'adviser', sideId: 'A' },
  { id: 'b1', name: 'Bram', role: 'party', sideId: 'B' },
  { id: 's1', name: 'Secretariat', role: 'secretariat', sideId: null },
]

export function actor(id: string): Actor {
  const p = PEOPLE.find((x) => x.id === id)
  if (!p) throw new Error(`no fixture participant ${id}`)
  return { participantId: p.id, role: p.role, sideId: p.sideId }
}

export const M = actor('m')
export const A1 = actor('a1')
export const A2 = actor('a2')
export const B1 = actor('b1')
export const S1 = actor('s1')
export const by = (a: Actor) => localOrigin(a.participantId)

/** The command context of `actor` at T0 with their local origin and random ids; `over` names what differs. */
export function ctx(actor: Actor, over: Partial<Omit<CommandContext, 'actor'>> = {}): CommandContext {
  return { actor, now: T0, origin: by(actor), newId: randomUUID, ...over }
}

/** A control doc with the fixture session. */
export function controlDoc(kind: 'mediation' | 'coaching' = 'mediation'): Y.Doc {
  const doc = new Y.Doc()
  initSession(doc, { id: 'session-1', kind, title: 'Buren', language: 'nl' }, { origin: storeOrigin })
  if (kind === 'coaching') return doc
  addSide(doc, { id: 'A', name: 'Side A' }, { origin: storeOrigin })
  addSide(doc, { id: 'B', name: 'Side B' }, { origin: storeOrigin })
  for (const p of PEOPLE) addParticipant(doc, p, { origin: storeOrigin })
  return doc
}

/** Deterministic ids: prefix-1, prefix-2, ... */
export function ids(prefix: string): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

/** A replica of `doc` with its current state (a separate client). */
export function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return copy
}

/** Full sync between all docs, both ways. */
export function syncAll(...docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
}

/** Asserts that `fn` throws a DomainError for `rule` and that the doc did not change. */
export function throwsRule(doc: Y.Doc, rule: string, fn: () => unknown): void {
  const before = Y.encodeStateAsUpdate(doc)
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof DomainError, `expected a DomainError, got ${String(e)}`)
    assert.equal(e.rule, rule, e.message)
    return true
  })
  assert.deepEqual(Y.encodeStateAsUpdate(doc), before, 'nothing may be half applied')
}

/** A signAgreement command as the ceremony sends it: the name as typed (SIGN-16) and explicit consent (SIGN-17). */
export const signCommand = (v: { id: string; hash: string }, typedName: string, consent = true) => ({
  type: 'signAgreement' as const,
  versionId: v.id,
  hash: v.hash,
  typedName,
  consent,
})
