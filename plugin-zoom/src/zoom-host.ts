import type { CaucusRoomPlan, HostCapabilities, HostEvent, HostRoom, HostSelf } from '@mediation/sidebar/host'
import type { OnActiveSpeakerChangeEvent, OnBreakoutRoomChangeEvent } from '@zoom/appssdk'
import { openCaucusRooms, step } from './caucus'
import { type CaucusIssue, checkCaucus, type Reports } from './caucus-check'
import { createCaucusPlan, type ZoomBinding } from './caucus-plan'
import { ZoomHostError } from './errors'
import { createEmitter } from './listeners'
import { createMoveConfirmations } from './room-moves'
import { createRoster } from './roster'
import { isModeratorRole, type ZoomSdk } from './sdk'
import { createHandTracker, createSpeakerTracker } from './trackers'
import { capabilitiesFor, createConfigRunner, type ZoomConfigState } from './zoom-config'
import type { MoveRequest, ZoomHost } from './zoom-host-types'

type EventName = Parameters<ZoomSdk['removeEventListener']>[0]

export interface ZoomHostOptions {
  /**
   * How long a move of the mediator may take: they click Join in Zoom's Breakout Rooms panel, and the move counts
   * once `onBreakoutRoomChange` confirms it; after this it is a failure.
   */
  moveTimeoutMs?: number
  clock?: () => number
}

export type { ZoomHost } from './zoom-host-types'

/** Builds the MeetingHost for Zoom over the (real or test-driven) `@zoom/appssdk` object. */
export function createZoomHost(sdk: ZoomSdk, opts: ZoomHostOptions = {}): ZoomHost {
  const clock = opts.clock ?? Date.now
  const events = createEmitter<HostEvent>()
  const configs = createEmitter<ZoomConfigState>()
  const issuesOut = createEmitter<CaucusIssue[]>()
  const nudges = createEmitter<string>()
  const moveRequests = createEmitter<MoveRequest | null>()
  const moves = createMoveConfirmations(opts.moveTimeoutMs ?? 60_000)
  const roster = createRoster()
  const speakers = createSpeakerTracker(clock)
  const hands = createHandTracker(clock)
  const plan = createCaucusPlan()
  let bindings = new Map<string, ZoomBinding>()
  /** Who this instance assigned to which room (only the meeting owner can read that back from Zoom). */
  const assigned = new Map<string, string>()
  /** Where each party's own app says it is (through the server): participantUUID → room, null = main. */
  let placements = new Map<string, string | null>()
  const reports = (): Reports => ({
    placements,
    names: new Map(roster.zoomList().map((p) => [p.hostId, p.name])),
  })
  let self: HostSelf | null = null
  let room: HostRoom = { kind: 'main' }
  let disposed = false
  let started: Promise<HostSelf> | null = null

  const emit = (e: HostEvent) => {
    if (!disposed) events.emit(e)
  }
  const fail = (err: unknown, action: string): never => {
    const e = err instanceof ZoomHostError ? err : new ZoomHostError(action, String(err))
    emit({ type: 'failure', action: e.action, message: e.message })
    throw e
  }
  // After each re-config (role, running context or sign-in changed), who this is comes first: the features
  // depend on the role and on the user status Zoom gives only through getUserContext.
  const runner = createConfigRunner(sdk, () => {
    void refreshSelf().then(
      () => configs.emit(runner.state()),
      (err) => emit({ type: 'failure', action: 'config', message: String(err) }),
    )
  })
  const features = () => runner.state().features
  const caps = (): HostCapabilities => capabilitiesFor(features(), self?.moderator ?? false)

  const loadRooms = async () => {
    if (!caps().rooms) return null
    const list = await sdk.getBreakoutRoomList()
    plan.learn(list)
    roster.setRooms(list, plan.sides(), placements)
    return list
  }
  const publishRoster = () => emit({ type: 'participants', participants: roster.list() })
  const loadRoster = async () => {
    if (!caps().roster) return
    const { participants } = await sdk.getMeetingParticipants()
    roster.reset(participants)
    await loadRooms().catch(() => null)
    publishRoster()
  }
  const refreshSelf = async () => {
    const user = await sdk.getUserContext()
    runner.setUser(user.role, user.status)
    self = { hostId: user.participantUUID, name: user.screenName, moderator: isModeratorRole(user.role) }
    emit({ type: 'self', self })
    await loadRoster()
    return self
  }

  const onParticipantChange = (e: {
    participants: { status: string; participantUUID: string; screenName: string; role: string }[]
  }) => {
    for (const d of e.participants) roster.apply(d)
    publishRoster()
  }
  const onActiveSpeaker = (e: OnActiveSpeakerChangeEvent) => {
    for (const ev of speakers.active(e)) emit(ev)
  }
  const onMySpeaker = (e: { timestamp: number; status: string }) => {
    if (self) emit(speakers.mine(self.hostId, e))
  }
  const onFeedback = (e: { participantUUID: string; feedback: string; timestamp: number }) => {
    const ev = hands.feedback(e)
    if (ev) emit(ev)
  }
  const onRemoveFeedback = (e: { participantUUID: string; timestamp: number }) =>
    onFeedback({ participantUUID: e.participantUUID, feedback: 'none', timestamp: e.timestamp })
  const onRoomChange = (e: OnBreakoutRoomChangeEvent) => {
    room =
      e.action === 'join' ? { kind: 'caucus', sideId: plan.sideOf(e.breakoutRoomUUID) } : { kind: 'main' }
    moves.seen(e)
    emit({ type: 'room', room })
    if (caps().rooms) void loadRooms().then(publishRoster, () => {})
  }
  const onConfigChanged = () => {
    if (caps().rooms) void loadRooms().then(publishRoster, () => {})
  }
  const onMessage = (e: { payload: unknown }) => {
    const kind = (e.payload as { kind?: unknown } | null)?.kind
    if (typeof kind === 'string') nudges.emit(kind)
  }
  const offs: (() => void)[] = []
  /** Registers through the SDK's typed `onX` method and remembers how to remove the handler again. */
  const listen = <E>(name: EventName, register: (h: (e: E) => void) => void, fn: (e: E) => void) => {
    register(fn)
    offs.push(() => sdk.removeEventListener(name, fn))
  }

  const start = async (): Promise<HostSelf> => {
    await runner.start()
    // Handlers exist for every role; Zoom only delivers the events this role may receive.
    listen('onParticipantChange', (h) => sdk.onParticipantChange(h), onParticipantChange)
    listen('onActiveSpeakerChange', (h) => sdk.onActiveSpeakerChange(h), onActiveSpeaker)
    listen('onMyActiveSpeakerChange', (h) => sdk.onMyActiveSpeakerChange(h), onMySpeaker)
    listen('onFeedbackReaction', (h) => sdk.onFeedbackReaction(h), onFeedback)
    listen('onRemoveFeedbackReaction', (h) => sdk.onRemoveFeedbackReaction(h), onRemoveFeedback)
    listen('onBreakoutRoomChange', (h) => sdk.onBreakoutRoomChange(h), onRoomChange)
    listen('onMeetingConfigChanged', (h) => sdk.onMeetingConfigChanged(h), onConfigChanged)
    listen('onMessage', (h) => sdk.onMessage(h), onMessage)
    const me = await refreshSelf()
    configs.emit(runner.state())
    return me
  }

  /**
   * The mediator's move. Parties may not choose rooms (see caucus.ts), and Zoom then refuses
   * `changeBreakoutRoom` to everyone, host included; so the mediator uses Join in Zoom's own Breakout Rooms panel
   * (a host or co-host may enter any room there). The shell shows which room; the move counts once Zoom
   * confirms it, and a join into another room is a failure that records nothing.
   */
  const waitForMove = async (confirmed: Promise<void>, request: MoveRequest) => {
    moveRequests.emit(request)
    try {
      await confirmed
    } finally {
      moveRequests.emit(null)
    }
  }
  const moveTo = async (target: HostRoom, p?: CaucusRoomPlan) => {
    if (target.kind === 'main') {
      if (room.kind === 'main') return emit({ type: 'room', room })
      const confirmed = moves.expect((e) => e.action === 'leave', 'the main room')
      return waitForMove(confirmed, { roomName: null })
    }
    // Zoom sends no onBreakoutRoomChange for a move to the room one is already in.
    if (room.kind === 'caucus' && room.sideId === target.sideId) return emit({ type: 'room', room })
    const list = (await loadRooms()) ?? { rooms: [], state: 'closed' as const }
    const zoomRoom = plan.find(list, target.sideId, p?.name)
    if (!zoomRoom) throw new ZoomHostError('moveSelf', `no breakout room for side ${target.sideId}`)
    if (list.state !== 'open') throw new ZoomHostError('moveSelf', 'breakout rooms are not open')
    const id = zoomRoom.breakoutRoomId
    const roomNameOf = (uuid: string) => list.rooms.find((r) => r.breakoutRoomId === uuid)?.name ?? uuid
    const confirmed = moves.expect((e) => {
      if (e.action !== 'join') return false
      if (e.breakoutRoomUUID === id) return true
      return new ZoomHostError(
        'moveSelf',
        `Zoom put you in ${roomNameOf(e.breakoutRoomUUID)}, not ${zoomRoom.name}`,
      )
    }, zoomRoom.name)
    return waitForMove(confirmed, { roomName: zoomRoom.name })
  }

  const host: ZoomHost = {
    kind: 'zoom',
    start() {
      started ??= start()
      return started
    },
    capabilities: caps,
    on: (fn) => events.add(fn),
    async setHand(raised) {
      if (!caps().raiseHand) return
      try {
        if (raised) await step('setHand', () => sdk.setFeedbackReaction({ feedback: 'raiseHand' }))
        else await step('setHand', () => sdk.removeFeedbackReaction())
      } catch (err) {
        fail(err, 'setHand')
      }
    },
    async muteAllExcept() {},
    async openCaucus(rooms) {
      if (!caps().rooms) return
      plan.set(rooms, bindings, (uuid) => roster.has(uuid))
      try {
        const { list, issues } = await openCaucusRooms(
          sdk,
          plan.rooms(),
          self?.hostId ?? '',
          assigned,
          reports(),
        )
        plan.learn(list)
        roster.setRooms(list, plan.sides(), placements)
        publishRoster()
        issuesOut.emit(issues)
      } catch (err) {
        fail(err, 'openCaucus')
      }
    },
    async moveSelf(target, p) {
      if (!caps().rooms) return
      try {
        await moveTo(target, p)
      } catch (err) {
        fail(err, 'moveSelf')
      }
    },
    // Zoom moves people itself (the mediator's assignments, its own join prompt): nothing to follow here.
    async followRoom() {},
    async closeCaucus() {
      if (!caps().rooms) return
      try {
        const list = await step('closeCaucus', () => sdk.getBreakoutRoomList())
        if (list.state === 'open') await step('closeCaucus', () => sdk.closeBreakoutRooms())
        assigned.clear()
        await loadRooms()
        publishRoster()
        issuesOut.emit([])
      } catch (err) {
        fail(err, 'closeCaucus')
      }
    },
    // SAFETY-6: leaveMeeting (desktop client 5.14.10 and later) leaves while the meeting goes on for the others.
    async leave() {
      try {
        await step('leave', () => sdk.leaveMeeting())
        return true
      } catch (err) {
        // Reported like any platform failure, answered as "not left": the page asks to close the call.
        try {
          fail(err, 'leave')
        } catch {}
        return false
      }
    },
    dispose() {
      if (disposed) return
      disposed = true
      for (const off of offs.splice(0)) off()
      runner.dispose()
      moves.dispose()
      events.clear()
      configs.clear()
      issuesOut.clear()
      nudges.clear()
      moveRequests.clear()
    },
    config: () => runner.state(),
    async mainMeeting() {
      const m = await sdk.getMeetingUUID()
      return m.parentUUID || m.meetingUUID
    },
    async appContext() {
      return (await sdk.getAppContext()).context
    },
    setBindings(map) {
      bindings = new Map(map)
      roster.setBound(
        new Map(
          [...map].map(([uuid, b]) => [uuid, { participantId: b.participantId, name: b.name ?? null }]),
        ),
      )
      publishRoster()
    },
    zoomRoster: () => roster.zoomList(),
    onConfig: (fn) => configs.add(fn),
    onCaucusIssues: (fn) => issuesOut.add(fn),
    async checkCaucus() {
      const list = await loadRooms()
      const issues = list ? checkCaucus(plan.rooms(), list, self?.hostId ?? '', reports()) : []
      issuesOut.emit(issues)
      return issues
    },
    setPlacements(map) {
      const same = map.size === placements.size && [...map].every(([uuid, r]) => placements.get(uuid) === r)
      if (same) return // nothing new: no re-check (the re-check's roster event would ask again)
      placements = new Map(map)
      if (plan.rooms().length === 0 || !caps().rooms) return
      void host.checkCaucus().then(publishRoster, () => {})
    },
    async breakoutRoom() {
      const m = await sdk.getMeetingUUID()
      return m.parentUUID ? m.meetingUUID : null
    },
    onMoveRequest: (fn) => moveRequests.add(fn),
    async signInToZoom() {
      // Zoom shows its own sign-in; a changed status arrives as onMyUserContextChange, and the runner re-configs.
      try {
        await step('signIn', () => sdk.promptAuthorize())
      } catch (err) {
        fail(err, 'signIn')
      }
    },
    async nudge(kind) {
      if (!features().nudge.on) return
      await sdk.sendMessage({ payload: { kind } }).catch(() => {}) // a nudge is best effort by nature
    },
    onNudge: (fn) => nudges.add(fn),
  }
  return host
}
