import { randomUUID } from 'node:crypto'
import { createBreakout } from './zoom-emulator-breakout'
import { contextClaims, encryptAppContext } from './zoom-emulator-context'
import { EmulatedZoomError } from './zoom-emulator-errors'
import { DOCUMENTED_RULES, GUEST_APIS, type ZoomRules } from './zoom-emulator-rules'

export type ZoomRole = 'host' | 'coHost' | 'attendee'

/** One person in the emulated meeting. `roomId` is the breakout room they are in (null = main room). */
export interface ZoomPerson {
  uuid: string
  participantId: number
  /** Zoom user id; null for a guest (no Zoom account) until they sign in through promptAuthorize. */
  uid: string | null
  /** getUserContext().status: a guest is 'unauthenticated'. */
  status: 'unauthenticated' | 'authenticated' | 'authorized'
  name: string
  role: ZoomRole
  roomId: string | null
  assignedRoomId: string | null
  /** A join prompt Zoom shows this person (assigned while rooms are open), until they answer it. */
  joinPrompt: string | null
  /** A promptAuthorize sign-in Zoom shows this guest, until they answer it. */
  authorizePrompt: boolean
  /** The capabilities this person's app instance passed to `config`, once it has. */
  configured: Set<string> | null
  /** APIs this person's client reports in `unsupportedApis` (an older client, a mobile client...). */
  unsupported: string[]
  deliver: ((msg: unknown) => Promise<void>) | null
}

export interface ZoomRoomState {
  id: string
  name: string
}

/** Every request an app instance made, for assertions. */
export interface ZoomCall {
  from: string
  /** The caller's (stable) participantId: `from`, the participantUUID, may change with the role. */
  by?: number
  apiName: string
  data: unknown
  error?: string
}

export interface EmulatorOptions {
  clientId: string
  clientSecret: string
  meetingUUID?: string
  /** Documented rules to switch off (each defaults to the documented behaviour). */
  rules?: Partial<ZoomRules>
}

export type ApiHandler = (me: ZoomPerson, data: Record<string, unknown>) => unknown

/**
 * An emulated Zoom meeting and client: answers the real `@zoom/appssdk` of each attached page over its native
 * bridge (`{jsCallId, apiName, data}` → `{type:'apiResponse', data:{jsCallId, result|errorCode}}`), keeps the
 * meeting's state (people, roles, breakout rooms, speakers), enforces Zoom's role table and breakout state
 * machine, and pushes events only to instances whose role may receive them and that declared them in config.
 */
export function createZoomEmulator(opts: EmulatorOptions) {
  const meetingUUID = opts.meetingUUID ?? `meeting-${randomUUID()}`
  const rules: ZoomRules = { ...DOCUMENTED_RULES, ...opts.rules }
  const people = new Map<string, ZoomPerson>()
  const calls: ZoomCall[] = []
  const breakout = {
    rooms: [] as ZoomRoomState[],
    state: 'closed' as 'open' | 'closed',
    settings: {
      allowParticipantsChooseRoom: 0,
      allowParticipantsReturnToMainSession: 1,
      automaticallyMoveParticipantsIntoRooms: 1,
      countDown: 60,
    } as Record<string, number>,
    /** Set while the closing countdown runs (the rooms still list as open). */
    closing: null as ReturnType<typeof setTimeout> | null,
    created: 0,
    /** Test switch: swallow `onBreakoutRoomChange` for moves of moderators (a move Zoom never confirms). */
    dropMoveConfirmations: false,
  }
  let nextId = 16778240
  const speaking = new Set<string>()

  const moderator = (p: ZoomPerson) => p.role === 'host' || p.role === 'coHost'
  const requireModerator = (p: ZoomPerson) => {
    if (!moderator(p)) throw new EmulatedZoomError('noPrivilege')
  }
  /** Sends an event to one instance if it is open, configured for the event, and its role may receive it. */
  const push = async (p: ZoomPerson, name: string, data: unknown) => {
    if (!p.deliver || !p.configured?.has(name)) return
    if (rules.guestMode && p.status === 'unauthenticated' && !GUEST_APIS.has(name)) return
    await p.deliver({ type: 'event', name, data })
  }
  const pushModerators = async (name: string, data: unknown) => {
    await Promise.all([...people.values()].filter(moderator).map((p) => push(p, name, data)))
  }
  /** Roster deltas to moderators: twice under `doubleParticipantEvents` (Zoom: "triggers twice"). */
  const participantChange = async (data: unknown) => {
    await pushModerators('onParticipantChange', data)
    if (rules.doubleParticipantEvents) await pushModerators('onParticipantChange', data)
  }
  const roleForEvent = (r: ZoomRole) => (r === 'coHost' ? 'cohost' : r)
  const participantOf = (p: ZoomPerson) => ({
    screenName: p.name,
    participantId: String(p.participantId),
    participantUUID: p.uuid,
    role: p.role,
  })

  const { apis: breakoutApis, actions: breakoutActions } = createBreakout({
    rules,
    people,
    breakout,
    push,
    pushModerators,
    requireModerator,
    moderator,
  })
  const core: Record<string, ApiHandler> = {
    config: (me, data) => {
      me.configured = new Set((data.js_api_lists as string[] | undefined) ?? [])
      return {
        runningContext: 'inMeeting',
        unsupportedApis: me.unsupported.filter((api) => me.configured?.has(api)),
        clientVersion: '6.4.0.56789',
        browserVersion: 'chromium',
        auth: { status: me.status === 'authorized' ? 'authorized' : 'unauthorized', upgradable: true },
        userAgent: 'Mozilla/5.0 ZoomWebKit/537.36 (KHTML, like Gecko) ZoomApps/1.0',
        launchContext: { origin: 'meeting', openBy: 'user' },
        product: 'desktop',
      }
    },
    getUserContext: (me) => ({ ...participantOf(me), status: me.status }),
    getMeetingUUID: (me) =>
      me.roomId ? { meetingUUID: me.roomId, parentUUID: meetingUUID } : { meetingUUID },
    getAppContext: (me) => {
      const attendrole = me.role === 'host' ? 'host' : me.role === 'coHost' ? 'co-host' : 'participant'
      const claims = contextClaims({
        clientId: opts.clientId,
        meeting: meetingUUID,
        ...(me.uid ? { uid: me.uid } : {}),
        role: attendrole,
      })
      if (me.roomId) Object.assign(claims, { mid: me.roomId, pid: meetingUUID })
      return { context: encryptAppContext(claims, opts.clientSecret) }
    },
    promptAuthorize: (me) => {
      if (me.status === 'authorized') return 'success'
      me.authorizePrompt = true
      return 'success'
    },
    getMeetingParticipants: (me) => {
      if (!moderator(me)) throw new EmulatedZoomError('noRosterAccess')
      // Inside a breakout room Zoom lists only the people in that room.
      return { participants: [...people.values()].filter((p) => p.roomId === me.roomId).map(participantOf) }
    },
    setFeedbackReaction: async (me, data) => {
      const event = { participantUUID: me.uuid, timestamp: Date.now(), feedback: data.feedback }
      await Promise.all([...people.values()].map((p) => push(p, 'onFeedbackReaction', event)))
      return 'success'
    },
    removeFeedbackReaction: async (me) => {
      const event = { participantUUID: me.uuid, timestamp: Date.now() }
      await Promise.all([...people.values()].map((p) => push(p, 'onRemoveFeedbackReaction', event)))
      return 'success'
    },
    // SAFETY-6: the person leaves; the meeting goes on (an older client lists it unsupported: sdk.d.ts 10207).
    leaveMeeting: async (me) => {
      if (me.unsupported.includes('leaveMeeting')) throw new EmulatedZoomError('leaveFailed')
      await emulator.leave(me.uuid)
      return { message: 'success' }
    },
    sendMessage: async (me, data) => {
      if (JSON.stringify(data.payload ?? null).length > 1024) throw new EmulatedZoomError('payloadTooLarge')
      const event = { timestamp: Date.now(), payload: data.payload, participantUUID: me.uuid }
      await Promise.all([...people.values()].filter((p) => p !== me).map((p) => push(p, 'onMessage', event)))
      return 'success'
    },
  }
  const emulator = {
    meetingUUID,
    people,
    calls,
    breakout,
    push,
    pushModerators,
    requireModerator,
    moderator,
    /** Adds someone to the meeting (their app is not open yet); moderators' instances hear the delta. */
    rules,
    ...breakoutActions,
    /**
     * Adds someone to the meeting (their app is not open yet); moderators' instances hear the delta. A `guest`
     * has no Zoom account: no uid, status 'unauthenticated'.
     */
    async join(o: {
      name: string
      role?: ZoomRole
      unsupported?: string[]
      guest?: boolean
    }): Promise<ZoomPerson> {
      const p: ZoomPerson = {
        uuid: randomUUID().toUpperCase(),
        participantId: nextId++,
        uid: o.guest ? null : `uid-${randomUUID().slice(0, 8)}`,
        status: o.guest ? 'unauthenticated' : 'authorized',
        name: o.name,
        role: o.role ?? 'attendee',
        roomId: null,
        assignedRoomId: null,
        joinPrompt: null,
        authorizePrompt: false,
        configured: null,
        unsupported: o.unsupported ?? [],
        deliver: null,
      }
      people.set(p.uuid, p)
      await participantChange({
        timestamp: Date.now(),
        participants: [
          {
            status: 'join',
            screenName: p.name,
            participantId: p.participantId,
            participantUUID: p.uuid,
            role: roleForEvent(p.role),
          },
        ],
      })
      return p
    },
    async leave(uuid: string) {
      const p = people.get(uuid)
      if (!p) return
      people.delete(uuid)
      await participantChange({
        timestamp: Date.now(),
        participants: [
          {
            status: 'leave',
            screenName: p.name,
            participantId: p.participantId,
            participantUUID: p.uuid,
            role: roleForEvent(p.role),
          },
        ],
      })
    },
    /**
     * Changes someone's role: their instance gets `onMyUserContextChange`, moderators a roster delta. Under
     * `newUuidOnRoleChange` they come back with a new participantUUID (the old one leaves the roster).
     */
    async setRole(uuid: string, role: ZoomRole) {
      const p = people.get(uuid)
      if (!p) throw new Error(`no participant ${uuid}`)
      const old = p.uuid
      p.role = role
      if (rules.newUuidOnRoleChange) {
        people.delete(old)
        p.uuid = randomUUID().toUpperCase()
        people.set(p.uuid, p)
      }
      const entry = (status: string, participantUUID: string) => ({
        status,
        screenName: p.name,
        participantId: p.participantId,
        participantUUID,
        role: roleForEvent(role),
      })
      await push(p, 'onMyUserContextChange', { timestamp: Date.now(), role, screenName: p.name })
      await participantChange({
        timestamp: Date.now(),
        participants: old === p.uuid ? [entry('join', p.uuid)] : [entry('leave', old), entry('join', p.uuid)],
      })
    },
    /** The guest answers Zoom's promptAuthorize sign-in: on yes they have a Zoom account from now on. */
    async answerAuthorize(uuid: string, signIn: boolean) {
      const p = people.get(uuid)
      if (!p?.authorizePrompt) throw new Error(`no sign-in prompt for ${uuid}`)
      p.authorizePrompt = false
      if (!signIn) return
      p.status = 'authorized'
      p.uid = `uid-${randomUUID().slice(0, 8)}`
      await push(p, 'onMyUserContextChange', {
        timestamp: Date.now(),
        role: p.role,
        screenName: p.name,
        status: p.status,
      })
    },
    /** The app moves to another running context (e.g. popped out); the instance should run config again. */
    async changeRunningContext(uuid: string, runningContext: string) {
      const p = people.get(uuid)
      if (!p) throw new Error(`no participant ${uuid}`)
      await push(p, 'onRunningContextChange', { runningContext, timestamp: Date.now() })
    },
    /** Someone starts or stops talking: moderators get the active speakers, the speaker their own event. */
    async speak(uuid: string, on: boolean, at = Date.now()) {
      const p = people.get(uuid)
      if (!p) throw new Error(`no participant ${uuid}`)
      if (on) speaking.add(uuid)
      else speaking.delete(uuid)
      const users = [...speaking].flatMap((id) => {
        const s = people.get(id)
        return s
          ? [
              {
                participantId: String(s.participantId),
                screenName: s.name,
                timestamp: String(at),
                participantUUID: s.uuid,
              },
            ]
          : []
      })
      await push(p, 'onMyActiveSpeakerChange', { timestamp: at, status: on ? 'started' : 'stopped' })
      await pushModerators('onActiveSpeakerChange', { timestamp: at, users })
    },
    /** Answers one bridge request from `from`'s page; the reply is what the SDK's `native2js` expects. */
    async handle(from: string | ZoomPerson, json: string): Promise<unknown> {
      const req = JSON.parse(json) as { jsCallId: string; apiName: string; data?: Record<string, unknown> }
      const me =
        typeof from === 'string' ? people.get(from) : people.get(from.uuid) === from ? from : undefined
      const call: ZoomCall = {
        from: typeof from === 'string' ? from : from.uuid,
        ...(me ? { by: me.participantId } : {}),
        apiName: req.apiName,
        data: req.data ?? null,
      }
      calls.push(call)
      try {
        if (!me) throw new EmulatedZoomError('staleParticipant')
        if (req.apiName !== 'config' && !me.configured?.has(req.apiName))
          throw new EmulatedZoomError('notInConfig')
        if (rules.guestMode && me.status === 'unauthenticated' && !GUEST_APIS.has(req.apiName))
          throw new EmulatedZoomError('guestNotAllowed')
        const handler = core[req.apiName] ?? breakoutApis[req.apiName]
        if (!handler) throw new EmulatedZoomError('unknownApi')
        const result = await handler(me, req.data ?? {})
        return { type: 'apiResponse', data: { jsCallId: req.jsCallId, result } }
      } catch (err) {
        if (!(err instanceof EmulatedZoomError)) throw err
        call.error = err.code
        return {
          type: 'apiResponse',
          data: { jsCallId: req.jsCallId, errorCode: err.code, errorMessage: err.message },
        }
      }
    },
  }
  return emulator
}

export type ZoomEmulator = ReturnType<typeof createZoomEmulator>
