import type { Actor, BoardPhase, OptionStatus, Phase, Rating, RuleItem } from '@mediation/core/domain'
import * as d from '@mediation/core/domain'
import type { ReadonlySignal } from '@preact/signals'
import type * as Y from 'yjs'
import type { SessionClient } from '../../client/session-client'
import type { MeetingHost } from '../../host/meeting-host'
import type { ErrorsModel } from './errors-model'
import { newId } from './ids'

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
}

/**
 * Every user action, in one place: documents this person may write are changed locally through the domain
 * (so offline edits merge later); documents they may only read are changed by a server command.
 */
export function createActions(x: ActionDeps) {
  const origin = () => d.localOrigin(x.actor.value.participantId)
  const run = (fn: (actor: Actor, now: number) => void) => () => {
    try {
      fn(x.actor.value, Date.now())
      return true
    } catch (err) {
      x.errors.report(err)
      return false
    }
  }
  const doLocal = (fn: (actor: Actor, now: number) => void) => run(fn)()
  const send = async (command: d.PartyCommand) => {
    try {
      await x.client.command(command)
      return true
    } catch (err) {
      x.errors.report(err)
      return false
    }
  }
  /**
   * Runs a platform call. An adapter that fails emits a `failure` HostEvent with its own plain sentence before
   * it rejects: that sentence is the notice; a bare rejection is reported as any other error (never both).
   */
  const platform = (action: string, call: () => Promise<void>) => {
    let explained = false
    const off = x.host.on((e) => {
      if (e.type !== 'failure' || e.action !== action) return
      explained = true
      x.errors.show(e.message)
    })
    return call()
      .catch((err: unknown) => {
        if (!explained) x.errors.report(err)
      })
      .finally(off)
  }
  /** Mutes everyone but the new floor holder's platform participant (matched by the host bridge). */
  const muteAllBut = (participantId: string) => {
    const [hostId] = x.hostIdsOf(participantId)
    // Without a match, muteAllExcept(null) would silence the very person who got the floor.
    if (hostId === undefined) return x.errors.say('turns.muteNoMatch', { name: x.nameOf(participantId) })
    void platform('muteAllExcept', () => x.host.muteAllExcept(hostId))
  }
  return {
    setPhase: (to: Phase) => doLocal((a, now) => d.setPhase(x.control, to, a, now, origin())),
    editRules: (items: RuleItem[]) =>
      doLocal((a, now) => void d.editRules(x.control, items, a, now, origin())),
    askRulesAgain: () => doLocal((a, now) => void d.requestReacceptance(x.control, a, now, origin())),
    acceptRules: (version: number, hash: string) => send({ type: 'acceptRules', version, hash }),
    raiseHand: async () => {
      const ok = await send({ type: 'raiseHand' })
      if (ok && x.host.capabilities().raiseHand) await platform('setHand', () => x.host.setHand(true))
    },
    lowerHand: async (participantId?: string) => {
      if (participantId && x.actor.value.role === 'mediator') {
        return doLocal((a, now) => d.lowerHand(x.control, a, participantId, now, origin()))
      }
      const ok = await send({ type: 'lowerHand' })
      if (ok && x.host.capabilities().raiseHand) await platform('setHand', () => x.host.setHand(false))
      return ok
    },
    grantFloor: (participantId: string, limitMs: number | null) => {
      const granted = doLocal((a, now) =>
        d.grantFloor(x.control, participantId, limitMs ? { limitMs } : {}, a, now, origin()),
      )
      if (granted && x.muteOnGrant()) muteAllBut(participantId)
      return granted
    },
    endFloor: () => doLocal((a, now) => d.endFloor(x.control, a, now, origin())),
    planCaucus: (sides: string[]) => doLocal((a) => d.planCaucus(x.control, sides, a, origin())),
    startCaucus: (sides: { id: string; name: string }[]) => {
      if (!doLocal((a, now) => d.startCaucus(x.control, a, now, origin()))) return
      if (!x.host.capabilities().rooms) return
      const members = (sideId: string) =>
        d
          .listParticipants(x.control)
          .filter((p) => p.sideId === sideId)
          .flatMap((p) => x.hostIdsOf(p.id))
      void platform('openCaucus', () =>
        x.host.openCaucus(sides.map((s) => ({ sideId: s.id, name: s.name, hostIds: members(s.id) }))),
      )
    },
    moveMediator: (room: string) => {
      if (!doLocal((a, now) => d.moveMediator(x.control, room, a, now, origin()))) return
      const target =
        room === 'main' ? ({ kind: 'main' } as const) : ({ kind: 'caucus', sideId: room } as const)
      void platform('moveSelf', () => x.host.moveSelf(target))
    },
    endCaucus: () => {
      if (doLocal((a, now) => d.endCaucus(x.control, a, now, origin())))
        void platform('closeCaucus', () => x.host.closeCaucus())
    },
    setBoardPhase: (p: BoardPhase) => doLocal((a) => d.setBoardPhase(x.board, p, a, origin())),
    addPoint: (title: string) =>
      doLocal((a, now) => void d.addStickingPoint(x.board, { title }, a, now, newId, origin())),
    editPoint: (id: string, p: { title: string; description: string }) =>
      doLocal((a) => d.editStickingPoint(x.board, id, p, a, origin())),
    addOption: (p: { title: string; description?: string; pointId?: string }) =>
      doLocal((a, now) => {
        // BOARD-5: brainstorm ideas are unattributed; later a party proposes for their own side.
        const originSideId = d.getBoard(x.board).phase === 'evaluate' ? (a.sideId ?? undefined) : undefined
        d.addOption(x.board, { ...p, ...(originSideId ? { originSideId } : {}) }, a, now, newId, origin())
      }),
    editOption: (id: string, p: { title?: string; description?: string }) =>
      doLocal((a) => d.editOption(x.board, id, p, a, origin())),
    setStatus: (id: string, s: OptionStatus) =>
      doLocal((a, now) => d.setOptionStatus(x.board, id, s, a, now, origin())),
    setInterest: (id: string, sideId: string, text: string) =>
      doLocal((a) => d.setInterests(x.board, id, sideId, text, a, origin())),
    addPackage: (name: string, optionIds: string[]) =>
      doLocal((a) => void d.addPackage(x.board, { name, optionIds }, a, newId, origin())),
    rate: (optionId: string, rating: Rating | null) =>
      x.privateDoc
        ? doLocal((a, now) => d.rateOption(x.privateDoc!, optionId, rating, a, now, origin()))
        : false,
    addClause: (text: string) =>
      doLocal((a, now) => void d.addClause(x.agreement, { text }, a, now, newId, origin())),
    editClause: (id: string, text: string) =>
      doLocal((a, now) => d.editClause(x.agreement, id, text, a, now, origin())),
    moveClause: (id: string, to: number) =>
      doLocal((a, now) => d.moveClause(x.agreement, id, to, a, now, origin())),
    removeClause: (id: string) => doLocal((a, now) => d.removeClause(x.agreement, id, a, now, origin())),
    saveVersion: (name: string) =>
      doLocal((a, now) => void d.saveVersion(x.agreement, name, a, now, newId, origin())),
    sign: (versionId: string, hash: string) =>
      x.actor.value.role === 'mediator'
        ? Promise.resolve(
            doLocal((a, now) =>
              d.signVersion(x.agreement, versionId, hash, a, now, origin(), d.listParticipants(x.control)),
            ),
          )
        : send({ type: 'signAgreement', versionId, hash }),
  }
}
export type Actions = ReturnType<typeof createActions>
