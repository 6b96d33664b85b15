/** The model for the property test: a session on several replicas and random commands against it. */
import * as D from '@mediation/core/domain'
import fc from 'fast-check'
import * as Y from 'yjs'
import { A1, A2, B1, controlDoc, ctx, M, PEOPLE, T0 } from './fixture'

export interface Replica {
  control: Y.Doc
  board: Y.Doc
  agreement: Y.Doc
}

/** The mediator twice: most board and draft commands are the mediator's. */
const ACTORS = [M, M, A1, A2, B1]
const PARTY_IDS = ['a1', 'a2', 'b1']

export type Step =
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'cmd'; at: number; actor: number; op: string; target: number; flag: boolean }

/** Random steps: commands on a replica, or delivery of one replica's updates to another. */
export function stepsArb(replicas: number): fc.Arbitrary<Step[]> {
  const r = fc.integer({ min: 0, max: replicas - 1 })
  const sync = fc.record({ kind: fc.constant('sync' as const), from: r, to: r })
  const cmd = fc.record({
    kind: fc.constant('cmd' as const),
    at: r,
    actor: fc.integer({ min: 0, max: ACTORS.length - 1 }),
    op: fc.constantFrom(...Object.keys(OPS)),
    target: fc.nat(20),
    flag: fc.boolean(),
  })
  return fc.array(fc.oneof({ weight: 1, arbitrary: sync }, { weight: 3, arbitrary: cmd }), {
    minLength: 20,
    maxLength: 60,
  })
}

/** A session in joint talks, the board in evaluate, a one-clause draft saved as a version; then cloned. */
export function setup(count: number): Replica[] {
  const control = controlDoc()
  D.setPhase(control, { phase: 'opening' }, ctx(M))
  for (const a of [A1, A2, B1]) D.acceptRules(control, { version: 1 }, ctx(a))
  D.setPhase(control, { phase: 'joint' }, ctx(M))
  const board = new Y.Doc()
  D.setBoardPhase(board, { phase: 'evaluate' }, ctx(M))
  const agreement = new Y.Doc()
  D.addClause(agreement, { text: 'First clause.' }, ctx(M, { newId: () => 'c-0' }))
  D.saveVersion(agreement, { name: 'v0' }, ctx(M, { newId: () => 'v-0' }))
  const clone = (d: Y.Doc) => {
    const c = new Y.Doc()
    Y.applyUpdate(c, Y.encodeStateAsUpdate(d))
    return c
  }
  return Array.from({ length: count }, () => ({
    control: clone(control),
    board: clone(board),
    agreement: clone(agreement),
  }))
}

type Op = (r: Replica, a: D.Actor, now: number, n: number, flag: boolean, uid: string) => void
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined
const optionIds = (r: Replica) => D.getBoard(r.board).options.map((o) => o.id)
const clauseIds = (r: Replica) => D.getDraft(r.agreement).clauses.map((c) => c.id)

const OPS: Record<string, Op> = {
  raise: (r, a, now) => D.raiseHand(r.control, {}, ctx(a, { now })),
  lower: (r, a, now, n) =>
    D.lowerHand(r.control, { participantId: pick(PARTY_IDS, n) ?? 'a1' }, ctx(a, { now })),
  grant: (r, a, now, n, flag) =>
    D.grantFloor(
      r.control,
      { participantId: pick(PARTY_IDS, n) ?? 'a1', ...(flag ? { limitMs: 5000 } : {}) },
      ctx(a, { now }),
    ),
  end: (r, a, now) => D.endFloor(r.control, {}, ctx(a, { now })),
  speak: (r, _a, now, n, flag) =>
    D.reportSpeaking(
      r.control,
      { participantId: pick(PEOPLE, n)!.id, speaking: flag, at: now },
      { origin: D.storeOrigin },
    ),
  mute: (r, _a, now, n, flag) =>
    D.reportMuted(
      r.control,
      { participantId: pick(PEOPLE, n)!.id, muted: flag, at: now },
      { origin: D.storeOrigin },
    ),
  caucus: (r, a, now, n) => {
    const st = D.caucusState(r.control, now).status
    if (st === 'idle') D.planCaucus(r.control, { sideIds: n % 2 ? ['A'] : ['A', 'B'] }, ctx(a))
    else if (st === 'planned') D.startCaucus(r.control, {}, ctx(a, { now }))
    else if (n % 3 === 0) D.endCaucus(r.control, {}, ctx(a, { now }))
    else D.moveMediator(r.control, { room: pick(['main', 'A', 'B'], n) ?? 'main' }, ctx(a, { now }))
  },
  addOption: (r, a, now, _n, _f, uid) => {
    D.addOption(r.board, { title: `Option ${uid}` }, ctx(a, { now, newId: () => `o-${uid}` }))
  },
  editOption: (r, a, _now, n, flag, uid) => {
    const id = pick(optionIds(r), n)
    if (id)
      D.editOption(r.board, { id, ...(flag ? { title: `T ${uid}` } : { description: `D ${uid}` }) }, ctx(a))
  },
  status: (r, a, now, n) => {
    const id = pick(optionIds(r), n)
    const o = D.getBoard(r.board).options.find((x) => x.id === id)
    if (o)
      D.setOptionStatus(
        r.board,
        { id: o.id, status: pick(D.allowedStatuses(o.status), n >> 2) ?? 'parked' },
        ctx(a, { now }),
      )
  },
  package: (r, a, _now, n, _f, uid) => {
    const ids = optionIds(r)
    if (ids.length >= 2)
      D.addPackage(
        r.board,
        { name: `P ${uid}`, optionIds: [pick(ids, n)!, pick(ids, n + 1)!] },
        ctx(a, { newId: () => `p-${uid}` }),
      )
  },
  addClause: (r, a, now, _n, _f, uid) => {
    D.addClause(r.agreement, { text: `Clause ${uid}` }, ctx(a, { now, newId: () => `c-${uid}` }))
  },
  editClause: (r, a, now, n, flag) => {
    const id = pick(clauseIds(r), n)
    if (id) D.editClause(r.agreement, { id, text: flag ? 'First clause.' : `Edited ${n}` }, ctx(a, { now }))
  },
  save: (r, a, now, _n, _f, uid) => {
    D.saveVersion(r.agreement, { name: `v ${uid}` }, ctx(a, { now, newId: () => `v-${uid}` }))
  },
  sign: (r, a, now, n) => {
    const v = pick(D.listVersions(r.agreement), n)
    if (v)
      D.signVersion(r.agreement, { versionId: v.id, hash: v.hash, participants: PEOPLE }, ctx(a, { now }))
  },
}

/** Applies one step; a refused command must leave every document unchanged. */
export function apply(replicas: Replica[], step: Step, index: number): void {
  if (step.kind === 'sync') {
    const from = replicas[step.from]!
    const to = replicas[step.to]!
    for (const k of ['control', 'board', 'agreement'] as const)
      Y.applyUpdate(to[k], Y.encodeStateAsUpdate(from[k]))
    return
  }
  const r = replicas[step.at]!
  const before = snapshot(r)
  const actor = ACTORS[step.actor]!
  try {
    OPS[step.op]!(r, actor, T0 + 1000 * (index + 1), step.target, step.flag, `${step.at}-${index}`)
  } catch (e) {
    if (!(e instanceof D.DomainError)) throw e
    if (snapshot(r) !== before) throw new Error(`${e.rule} refused ${step.op} but changed the document`)
  }
}

/** The full state of a replica, deletions included (a state vector does not change on a delete). */
export function snapshot(r: Replica): string {
  return [r.control, r.board, r.agreement]
    .map((d) => Buffer.from(Y.encodeStateAsUpdate(d)).toString('hex'))
    .join('|')
}

/** Which updates a replica has seen. */
export function stateVectors(r: Replica): string {
  return [r.control, r.board, r.agreement]
    .map((d) => Buffer.from(Y.encodeStateVector(d)).toString('hex'))
    .join('|')
}
