/** The model for the property test: a session on several replicas and random commands against it. */
import * as D from '@mediation/core/domain'
import fc from 'fast-check'
import * as Y from 'yjs'
import { controlDoc, ctx, M, PEOPLE, T0 } from './fixture'

export interface Replica {
  control: Y.Doc
  board: Y.Doc
  agreement: Y.Doc
}

/** The session's sides: the fixture's A (party and adviser) and B, and up to four more with a party each. */
export const MAX_SIDES = 6
const SIDE_IDS = ['A', 'B', 'C', 'D', 'E', 'F'].slice(0, MAX_SIDES)

/** Everyone in a session of `sides` sides (2 to MAX_SIDES). */
export function peopleOf(sides: number): D.Participant[] {
  const extra = SIDE_IDS.slice(2, sides).map(
    (id): D.Participant => ({ id: `${id.toLowerCase()}1`, name: `Party ${id}`, role: 'party', sideId: id }),
  )
  return [...PEOPLE, ...extra]
}

const actorOf = (p: D.Participant): D.Actor => ({ participantId: p.id, role: p.role, sideId: p.sideId })
/** The mediator twice: most board and draft commands are the mediator's. */
const actorsOf = (people: D.Participant[]) => [M, M, ...people.filter((p) => p.sideId !== null).map(actorOf)]

export type Step =
  | { kind: 'sync'; from: number; to: number }
  | { kind: 'cmd'; at: number; actor: number; op: string; target: number; flag: boolean }

/** Random steps: commands on a replica, or delivery of one replica's updates to another. */
export function stepsArb(replicas: number): fc.Arbitrary<Step[]> {
  // Actor indices wrap around the session's own list (a 2-side session has fewer people than a 6-side one).
  const ACTORS = actorsOf(peopleOf(MAX_SIDES))
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

/** A session of `sides` sides in joint talks, the board in evaluate, a one-clause draft saved as a version; then cloned. */
export function setup(count: number, sides = 2): Replica[] {
  const control = controlDoc()
  const people = peopleOf(sides)
  for (const id of SIDE_IDS.slice(2, sides))
    D.addSide(control, { id, name: `Side ${id}` }, { origin: D.storeOrigin })
  for (const p of people.slice(PEOPLE.length)) D.addParticipant(control, p, { origin: D.storeOrigin })
  D.setPhase(control, { phase: 'opening' }, ctx(M))
  for (const p of people) if (p.sideId !== null) D.acceptRules(control, { version: 1 }, ctx(actorOf(p)))
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

type Op = (
  r: Replica,
  a: D.Actor,
  now: number,
  n: number,
  flag: boolean,
  uid: string,
  people: D.Participant[],
) => void
const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined
const optionIds = (r: Replica) => D.getBoard(r.board).options.map((o) => o.id)
const clauseIds = (r: Replica) => D.getDraft(r.agreement).clauses.map((c) => c.id)

const OPS: Record<string, Op> = {
  raise: (r, a, now) => D.raiseHand(r.control, {}, ctx(a, { now })),
  lower: (r, a, now, n, _f, _u, people) =>
    D.lowerHand(r.control, { participantId: pick(members(people), n) ?? 'a1' }, ctx(a, { now })),
  grant: (r, a, now, n, flag, _u, people) =>
    D.grantFloor(
      r.control,
      { participantId: pick(members(people), n) ?? 'a1', ...(flag ? { limitMs: 5000 } : {}) },
      ctx(a, { now }),
    ),
  end: (r, a, now) => D.endFloor(r.control, {}, ctx(a, { now })),
  speak: (r, _a, now, n, flag, _u, people) =>
    D.reportSpeaking(
      r.control,
      { participantId: pick(people, n)!.id, speaking: flag, at: now },
      { origin: D.storeOrigin },
    ),
  mute: (r, _a, now, n, flag, _u, people) =>
    D.reportMuted(
      r.control,
      { participantId: pick(people, n)!.id, muted: flag, at: now },
      { origin: D.storeOrigin },
    ),
  // Mostly the mediator (two ways in), so a run of 20 to 60 steps gets far enough to change a running caucus's
  // rooms; now and then whoever the step picked, who is refused unless it is the mediator.
  caucus: (r, a, now, n, flag) => caucusStep(r, n % 4 === 3 ? a : M, now, n, flag, false),
  regroup: (r, a, now, n, flag) => caucusStep(r, n % 4 === 3 ? a : M, now, n, flag, true),
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

/** Plans, starts, regroups (CAUCUS-12), moves between or ends a caucus, by its state. */
function caucusStep(r: Replica, a: D.Actor, now: number, n: number, flag: boolean, regroup: boolean): void {
  const st = D.caucusState(r.control, now)
  const sides = D.listSides(r.control).map((x) => x.id)
  if (st.status === 'idle') D.planCaucus(r.control, { groups: roomsOf(sides, n, flag) }, ctx(a))
  else if (st.status === 'planned') D.startCaucus(r.control, {}, ctx(a, { now }))
  else if (regroup) {
    // Regroup while it runs, keeping the first room's name.
    const [first, ...rest] = roomsOf(sides, n >> 1, !flag)
    const keep = st.groups[0]?.id
    const groups = [
      { ...(keep ? { room: keep } : {}), sides: first ?? ['A'] },
      ...rest.map((x) => ({ sides: x })),
    ]
    D.changeCaucus(r.control, { groups }, ctx(a, { now }))
  } else if (n % 3 === 0) D.endCaucus(r.control, {}, ctx(a, { now }))
  else
    D.moveMediator(
      r.control,
      { room: pick(['main', ...st.groups.map((g) => g.id)], n) ?? 'main' },
      ctx(a, { now }),
    )
}

/** Side members: who raises hands and takes the floor. */
const members = (people: D.Participant[]) => people.filter((p) => p.sideId !== null).map((p) => p.id)

/** Some of the sides in rooms: one room each, or (flag) two sides sharing the first room. */
function roomsOf(sides: string[], n: number, flag: boolean): string[][] {
  const chosen = sides.filter((_, i) => ((n >> i) & 1) === 1 || i === n % sides.length)
  if (!flag || chosen.length < 2) return chosen.map((x) => [x])
  return [chosen.slice(0, 2), ...chosen.slice(2).map((x) => [x])]
}

/** Applies one step; a refused command must leave every document unchanged. */
export function apply(
  replicas: Replica[],
  step: Step,
  index: number,
  people: D.Participant[] = PEOPLE,
): void {
  if (step.kind === 'sync') {
    const from = replicas[step.from]!
    const to = replicas[step.to]!
    for (const k of ['control', 'board', 'agreement'] as const)
      Y.applyUpdate(to[k], Y.encodeStateAsUpdate(from[k]))
    return
  }
  const r = replicas[step.at]!
  const before = snapshot(r)
  const actors = actorsOf(people)
  const actor = actors[step.actor % actors.length]!
  try {
    OPS[step.op]!(r, actor, T0 + 1000 * (index + 1), step.target, step.flag, `${step.at}-${index}`, people)
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
