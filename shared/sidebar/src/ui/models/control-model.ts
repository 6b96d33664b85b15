import type {
  CaucusView,
  MeetingState,
  Participant,
  Phase,
  RulesStatus,
  Side,
  TalkTime,
} from '@mediation/core/domain'
import {
  caucusState,
  currentMark,
  getFloor,
  getPhase,
  getQueue,
  getRules,
  getSession,
  interruptions,
  isShuttle,
  listParticipants,
  listSides,
  meetingState,
  queueMode,
  rulesStatus,
  talkTime,
  turnsPerSide,
} from '@mediation/core/domain'
import { computed, type ReadonlySignal } from '@preact/signals'
import type * as Y from 'yjs'
import { observeDoc, safeQuery } from './doc-observer'

const EMPTY_TALK: TalkTime = {
  perParticipant: {},
  perSide: {},
  marked: {},
  markedPerSide: {},
  shares: {},
  totalSideMs: 0,
  underHeard: [],
  imbalance: false,
}
const IDLE_CAUCUS: CaucusView = {
  status: 'idle',
  plannedSides: [],
  groups: [],
  mediatorRoom: 'main',
  mediatorWith: [],
  rooms: {},
  perSideMs: {},
  waiting: [],
  waitingSince: {},
  startedAt: null,
}
const NO_MEETING: MeetingState = { status: 'none', number: 0, startedAt: null, pausedAt: null }
const NO_RULES: RulesStatus = { version: 0, hash: '', participants: [], pending: [], allAccepted: true }

/** Everything the sidebar shows from the `control` document, as signals fed by one observer. */
export function createControlModel(doc: Y.Doc, now: ReadonlySignal<number>) {
  const obs = observeDoc(doc)
  const q = <T>(fn: () => T, fallback: T) =>
    computed(() => {
      obs.version.value
      return safeQuery(fn, fallback)
    })
  const qt = <T>(fn: (at: number) => T, fallback: T) =>
    computed(() => {
      obs.version.value
      return safeQuery(() => fn(now.value), fallback)
    })
  const participants = q<Participant[]>(() => listParticipants(doc), [])
  const sides = q<Side[]>(() => listSides(doc), [])
  const session = q(() => getSession(doc), null)
  return {
    doc,
    version: obs.version,
    session,
    phase: q<Phase>(() => getPhase(doc), 'intake'),
    participants,
    sides,
    nameOf: computed(() => {
      const names = new Map(participants.value.map((p) => [p.id, p.name]))
      return (id: string) => names.get(id) ?? id
    }),
    /** A name with its side where the person belongs to one ("Jan Jansen (Verhuurder)"): lists never hide sides. */
    labelOf: computed(() => {
      // COACH-1: a coaching session has no sides to show, only the coach and the client.
      const coaching = session.value?.kind === 'coaching'
      const sideNames = new Map(coaching ? [] : sides.value.map((s) => [s.id, s.name]))
      const labels = new Map(
        participants.value.map((p) => {
          const side = p.sideId === null ? undefined : sideNames.get(p.sideId)
          return [p.id, side === undefined ? p.name : `${p.name} (${side})`]
        }),
      )
      return (id: string) => labels.get(id) ?? id
    }),
    sideName: computed(() => {
      const names = new Map(sides.value.map((s) => [s.id, s.name]))
      return (id: string) => names.get(id) ?? id
    }),
    rules: q(() => getRules(doc), { version: 0, hash: '', items: [], editedAt: null, editedBy: null }),
    rulesStatus: q(() => rulesStatus(doc), NO_RULES),
    queue: q(() => getQueue(doc), []),
    queueMode: q(() => queueMode(doc), 'arrival'),
    turnsPerSide: q(() => turnsPerSide(doc), {}),
    floor: qt((at) => getFloor(doc, at), null),
    talk: qt((at) => talkTime(doc, at), EMPTY_TALK),
    /** TALK-8: who the mediator marked as speaking now (the standalone page's one-tap marks). */
    speakerMark: qt((at) => currentMark(doc, at), null),
    interruptions: q(() => interruptions(doc), []),
    caucus: qt((at) => caucusState(doc, at), IDLE_CAUCUS),
    /** SAFETY-5: the sides meet in separate rooms only. */
    shuttle: q(() => isShuttle(doc), false),
    meeting: q(() => meetingState(doc), NO_MEETING),
    dispose: obs.dispose,
  }
}
export type ControlModel = ReturnType<typeof createControlModel>
