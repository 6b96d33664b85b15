import type {
  Actor,
  BoardCommand,
  BoardPhase,
  OptionStatus,
  Phase,
  QueueMode,
  Rating,
  RuleItem,
} from '@mediation/core/domain'
import * as d from '@mediation/core/domain'
import type { PartyCommand } from '@mediation/protocol'
import type { ReadonlySignal } from '@preact/signals'
import type * as Y from 'yjs'
import type { Outbox } from '../../client/outbox'
import type { SessionClient } from '../../client/session-client'
import type { MeetingHost } from '../../host/meeting-host'
import type { ErrorsModel } from './errors-model'
import { newId } from './ids'
import { runPlatform } from './platform-call'

export interface ActionDeps {
  actor: ReadonlySignal<Actor>
  control: Y.Doc
  board: Y.Doc
  agreement: Y.Doc
  /** This participant's own private doc (parties and advisers). */
  privateDoc: Y.Doc | null
  client: SessionClient
  host: MeetingHost
  /** Platform ids of a participant, for moving a side into its caucus room. */
  hostIdsOf: (participantId: string) => string[]
  /** True when the mediator chose to mute the others on a floor grant and the platform lets this instance. */
  muteOnGrant: () => boolean
  nameOf: (participantId: string) => string
  errors: ErrorsModel
  /** A party's board outbox (BOARD-UI-2), once its chunk is loaded; null for the mediator or when it failed to load. */
  outbox: () => Promise<Outbox | null>
}

/** Resolves once `cond` holds in `doc` (the server's change has synced), or after `timeoutMs`. */
function controlShows(doc: Y.Doc, cond: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      doc.off('update', check)
      resolve()
    }
    const check = () => {
      if (cond()) done()
    }
    const timer = setTimeout(done, timeoutMs)
    doc.on('update', check)
    check()
  })
}

/**
 * Every user action, in one place: documents this person may write are changed locally through the domain
 * (so offline edits merge later); documents they may only read are changed by a server command.
 */
export function createActions(x: ActionDeps) {
  /** This person's command context: their own identity, this device's clock, a local origin. */
  const context = (): d.CommandContext => {
    const actor = x.actor.value
    return { actor, now: Date.now(), origin: d.localOrigin(actor.participantId), newId }
  }
  const run = (fn: (ctx: d.CommandContext) => void) => () => {
    try {
      fn(context())
      return true
    } catch (err) {
      x.errors.report(err)
      return false
    }
  }
  const doLocal = (fn: (ctx: d.CommandContext) => void) => run(fn)()
  const send = async (command: PartyCommand) => {
    try {
      await x.client.command(command)
      return true
    } catch (err) {
      x.errors.report(err)
      return false
    }
  }
  /** BOARD-UI-2: a party's board command goes through its outbox: sent now, or kept while the connection is down. */
  const sendBoard = async (command: BoardCommand) => {
    const box = await x.outbox()
    if (!box) return send(command)
    try {
      // 'full': the board says so (BOARD-UI-2) and the form keeps the text.
      return (await box.submit(command)) !== 'full'
    } catch (err) {
      x.errors.report(err)
      return false
    }
  }
  const sideMember = () => d.isSideMember(x.actor.value.role)
  const platform = (action: string, call: () => Promise<void>) => runPlatform(x.host, x.errors, action, call)
  /** Mutes everyone but the new floor holder's platform participant (matched by the host bridge). */
  const muteAllBut = (participantId: string) => {
    const [hostId] = x.hostIdsOf(participantId)
    // Without a match, muteAllExcept(null) would silence the very person who got the floor.
    if (hostId === undefined) return x.errors.say('turns.muteNoMatch', { name: x.nameOf(participantId) })
    void platform('muteAllExcept', () => x.host.muteAllExcept(hostId))
  }
  const actions = {
    /** Mediator: mutes everyone but whoever holds the floor now (everyone when nobody does). */
    muteOthersNow: () => {
      const floor = d.getFloor(x.control, Date.now())
      if (floor) muteAllBut(floor.holderId)
      else void platform('muteAllExcept', () => x.host.muteAllExcept(null))
    },
    // A move into joint session goes through the server, which alone knows the safety hold (SAFETY-4).
    setPhase: (phase: Phase) =>
      phase === 'joint'
        ? void send({ type: 'setPhase', phase })
        : doLocal((c) => d.setPhase(x.control, { phase }, c)),
    setShuttle: (on: boolean) => doLocal((c) => d.setShuttle(x.control, { on }, c)),
    editRules: (items: RuleItem[]) => doLocal((c) => void d.editRules(x.control, { items }, c)),
    askRulesAgain: () => doLocal((c) => void d.requestReacceptance(x.control, {}, c)),
    acceptRules: (version: number, hash: string) => send({ type: 'acceptRules', version, hash }),
    // The platform's own hand follows the queue (platform-follow.ts), whoever changed it.
    raiseHand: async () => void (await send({ type: 'raiseHand' })),
    lowerHand: async (participantId?: string) => {
      if (participantId && x.actor.value.role === 'mediator') {
        return doLocal((c) => d.lowerHand(x.control, { participantId }, c))
      }
      return send({ type: 'lowerHand' })
    },
    grantFloor: (participantId: string, limitMs: number | null) => {
      const granted = doLocal((c) =>
        d.grantFloor(x.control, { participantId, ...(limitMs ? { limitMs } : {}) }, c),
      )
      // TALK-8: the floor measures the new holder's talk; a speaker mark still running ends.
      if (granted && d.currentMark(x.control, Date.now()))
        void send({ type: 'markSpeaker', participantId: null })
      if (granted && x.muteOnGrant()) muteAllBut(participantId)
      return granted
    },
    endFloor: () => doLocal((c) => d.endFloor(x.control, {}, c)),
    setQueueMode: (mode: QueueMode) => doLocal((c) => d.setQueueMode(x.control, { mode }, c)),
    planCaucus: (sideIds: string[]) => doLocal((c) => d.planCaucus(x.control, { sideIds }, c)),
    startCaucus: (sides: { id: string; name: string }[]) => {
      // Where the platform has rooms, the caucus starts with the mediator in main and the first side's room is
      // recorded once the platform confirms that move (CAUCUS-2; ZOOM-MOVE-1: Zoom moves them when they click
      // Join in its own panel; JITSI-MOVE-1: the Jitsi page has joined the room's meeting).
      const byHand = x.host.capabilities().rooms
      const input = byHand ? { mediatorRoom: 'main' as const } : {}
      if (!doLocal((c) => d.startCaucus(x.control, input, c))) return
      if (!x.host.capabilities().rooms) return
      const members = (sideId: string) =>
        d
          .listParticipants(x.control)
          .filter((p) => p.sideId === sideId)
          .flatMap((p) => x.hostIdsOf(p.id))
      let opened = true
      void platform('openCaucus', () =>
        x.host
          .openCaucus(sides.map((s) => ({ sideId: s.id, name: s.name, hostIds: members(s.id) })))
          .catch((err: unknown) => {
            opened = false
            throw err
          }),
      ).then(() => {
        const first = d.caucusState(x.control, Date.now()).plannedSides[0]
        if (byHand && opened && first) void actions.moveMediator(first)
      })
    },
    /**
     * The mediator's move counts only once the platform confirms it: the caucus state and its time log (used for
     * invoicing) change after the confirming event, and a move the platform refuses or never confirms changes
     * nothing and says so. Where the platform has no rooms (one screen), the move is recorded at once.
     */
    moveMediator: async (room: string): Promise<boolean> => {
      const view = d.caucusState(x.control, Date.now())
      const allowed = view.status === 'active' && (room === 'main' || view.plannedSides.includes(room))
      // A move the domain refuses is never made on the platform: the domain's own refusal is the notice.
      if (!allowed || !x.host.capabilities().rooms)
        return doLocal((c) => d.moveMediator(x.control, { room }, c))
      const target =
        room === 'main' ? ({ kind: 'main' } as const) : ({ kind: 'caucus', sideId: room } as const)
      let confirmed = true
      await platform('moveSelf', () =>
        x.host.moveSelf(target).catch((err: unknown) => {
          confirmed = false
          throw err
        }),
      )
      if (!confirmed) {
        x.errors.say('caucus.moveUnconfirmed')
        return false
      }
      return doLocal((c) => d.moveMediator(x.control, { room }, c))
    },
    // Back to joint session through the server as well (SAFETY-4); the platform's rooms close once it agreed.
    endCaucus: async () => {
      if (await send({ type: 'setPhase', phase: 'joint' }))
        void platform('closeCaucus', () => x.host.closeCaucus())
    },
    startMeeting: () => doLocal((c) => d.startMeeting(x.control, {}, c)),
    pauseMeeting: () => doLocal((c) => d.pauseMeeting(x.control, {}, c)),
    resumeMeeting: () => doLocal((c) => d.resumeMeeting(x.control, {}, c)),
    /** MEET-3: ending during a caucus ends the caucus too, so the platform's rooms close with it. */
    endMeeting: async () => {
      if (d.caucusState(x.control, Date.now()).status !== 'active')
        return void doLocal((c) => d.endMeeting(x.control, {}, c))
      // During a caucus through the server: whether the sides go back to joint depends on the safety hold
      // only it knows (SAFETY-4); the platform's rooms close only when the caucus did.
      if (!(await send({ type: 'endMeeting' }))) return
      await controlShows(x.control, () => d.meetingState(x.control).status === 'none')
      if (d.caucusState(x.control, Date.now()).status !== 'active')
        void platform('closeCaucus', () => x.host.closeCaucus())
    },
    setBoardPhase: (phase: BoardPhase) => doLocal((c) => d.setBoardPhase(x.board, { phase }, c)),
    // The board (BOARD-13): the mediator edits it directly; a party or adviser sends commands the server checks
    // and applies, so nothing on the board names them (BOARD-5) and they change only their side's own (BOARD-8).
    addPoint: (title: string) =>
      sideMember()
        ? sendBoard({ type: 'addPoint', title })
        : Promise.resolve(doLocal((c) => void d.addStickingPoint(x.board, { title }, c))),
    editPoint: (id: string, p: { title: string; description: string }) =>
      sideMember()
        ? sendBoard({ type: 'editPoint', id, ...p })
        : Promise.resolve(doLocal((c) => d.editStickingPoint(x.board, { id, ...p }, c))),
    addOption: (p: { title: string; description?: string; pointId?: string }) =>
      sideMember()
        ? sendBoard({ type: 'addIdea', ...p })
        : Promise.resolve(doLocal((c) => void d.addOption(x.board, p, c))),
    editOption: (id: string, p: { title?: string; description?: string }) =>
      sideMember()
        ? sendBoard({ type: 'editIdea', id, ...p })
        : Promise.resolve(doLocal((c) => d.editOption(x.board, { id, ...p }, c))),
    withdrawOption: (id: string) => sendBoard({ type: 'withdrawIdea', id }),
    setStatus: (id: string, status: OptionStatus) =>
      doLocal((c) => d.setOptionStatus(x.board, { id, status }, c)),
    setInterest: (id: string, sideId: string, text: string) =>
      sideMember()
        ? sendBoard({ type: 'setInterests', id, text })
        : Promise.resolve(doLocal((c) => d.setInterests(x.board, { id, sideId, text }, c))),
    addPackage: (name: string, optionIds: string[]) =>
      doLocal((c) => void d.addPackage(x.board, { name, optionIds }, c)),
    rate: (optionId: string, rating: Rating | null) =>
      x.privateDoc ? doLocal((c) => d.rateOption(x.privateDoc!, { optionId, rating }, c)) : false,
    addClause: (text: string) => doLocal((c) => void d.addClause(x.agreement, { text }, c)),
    editClause: (id: string, text: string) => doLocal((c) => d.editClause(x.agreement, { id, text }, c)),
    moveClause: (id: string, toIndex: number) =>
      doLocal((c) => d.moveClause(x.agreement, { id, toIndex }, c)),
    removeClause: (id: string) => doLocal((c) => d.removeClause(x.agreement, { id }, c)),
    saveVersion: (name: string) => doLocal((c) => void d.saveVersion(x.agreement, { name }, c)),
    // SIGN-9..12: the kind and fields of the current agreement, the next agreement once it is locked, and the
    // parties' particulars: commands the server checks and applies (the mediator's too, so no client carries
    // their code; a party may write only its own particulars).
    setAgreementKind: (kind: d.AgreementKind) => send({ type: 'setAgreementKind', kind }),
    setConsiderations: (considerations: string[]) => send({ type: 'setConsiderations', considerations }),
    setPlaceAndDate: (place: string, date: string) => send({ type: 'setPlaceAndDate', place, date }),
    startAgreement: (kind: d.AgreementKind) => send({ type: 'startAgreement', kind }),
    /** TALK-8: the mediator's tap on who speaks now (null: nobody), dated and checked by the server. */
    markSpeaker: (participantId: string | null) => send({ type: 'markSpeaker', participantId }),
    // SIGN-13: through the server, which finds a clause made before (another tab, a double click) instead.
    clauseFromOption: (optionId: string) => send({ type: 'clauseFromOption', optionId }),
    setParticulars: (participantId: string, p: { name: string; address: string; birthDate: string }) =>
      send({ type: 'setParticulars', participantId, ...p }),
    /**
     * SIGN-16/17: signs with the name typed in the ceremony; resolves null when recorded, else the refusal, for
     * the ceremony to word beside its field (not the error banner). The mediator's "seen" is a local write.
     */
    sign: async (versionId: string, hash: string, typedName: string): Promise<unknown> => {
      try {
        if (x.actor.value.role === 'mediator') {
          const participants = d.listParticipants(x.control)
          d.signVersion(x.agreement, { versionId, hash, participants }, context())
        } else {
          await x.client.command({ type: 'signAgreement', versionId, hash, typedName, consent: true })
        }
        return null
      } catch (err) {
        return err
      }
    },
    /** A change to a document this person writes, through a domain command run here (the Coaching tab's chunk). */
    local: (fn: (ctx: d.CommandContext) => void) => doLocal(fn),
    /** A command the server checks and applies (for documents this person only reads). */
    command: send,
  }
  return actions
}
export type Actions = ReturnType<typeof createActions>
