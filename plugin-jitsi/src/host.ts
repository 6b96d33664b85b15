/**
 * The MeetingHost adapter over the Jitsi IFrame API. One adapter lives as long as the page; each mount of the
 * meeting (main room, or a caucus room after a remount) attaches its API object, and detaching disposes it.
 */

import type { Language } from '@mediation/protocol'
import type {
  CaucusRoomPlan,
  HostCapabilities,
  HostEvent,
  HostRoom,
  HostSelf,
  MeetingHost,
} from '@mediation/sidebar/host'
import { createListeners } from '@mediation/sidebar/host'
import { watchBindings } from './bindings'
import { createConfirmations, JitsiCommandError } from './confirmations'
import { createHandlers, LISTENED } from './event-handlers'
import { failureText } from './i18n'
import type { JitsiApi, JitsiEvents } from './jitsi-api'
import { createRoster } from './roster'

export interface JitsiHostOptions {
  lang: Language
  /** Moves this page's meeting to the room the server assigns now (a remount); rooms are off without it. */
  switchRoom?: (room: HostRoom) => Promise<void>
  /** Tells the server which Jitsi endpoint this page is, so others can attribute talk time and hands. */
  announce?: (hostId: string) => Promise<void>
  /** Asks the server which session participant each endpoint is bound to. */
  lookupBindings?: (hostIds: string[]) => Promise<Record<string, string>>
  /** How long a command's confirming event may take; default 8 s. */
  confirmMs?: number
  now?: () => number
}

export interface JitsiHost extends MeetingHost {
  /** Called with each new API object (react-sdk `onApiReady`); `room` is the room it was mounted for. */
  attach(api: JitsiApi, room: HostRoom): void
  /** Called when that meeting unmounts: removes our listeners and disposes the API (react-sdk never does). */
  detach(api: JitsiApi): void
  /** Moderator: turns Jitsi's lobby on or off (sent only; Jitsi reports no lobby state to the embedder). */
  setLobby(enabled: boolean): Promise<void>
  /** Someone knocks in the lobby of the attached meeting (Jitsi tells moderators only). */
  onKnock(listener: (knocker: Knocker) => void): () => void
  /** Moderator: lets a knocker in or not (fire-and-forget in Jitsi; the roster shows who came in). */
  answerKnock(id: string, admit: boolean): void
}

/** A lobby knocker as Jitsi names them: its lobby id and display name. */
export interface Knocker {
  id: string
  name: string
}

/** Builds the Jitsi adapter. */
export function createJitsiHost(opts: JitsiHostOptions): JitsiHost {
  const now = opts.now ?? Date.now
  const listeners = createListeners()
  const confirm = createConfirmations(opts.confirmMs ?? 8000)
  let disposed = false
  const emit = (e: HostEvent) => {
    if (!disposed) listeners.emit(e)
  }
  const roster = createRoster(emit, now)
  const bindings = watchBindings(roster, opts.lookupBindings)
  let current: { api: JitsiApi; room: HostRoom; off: () => void } | null = null
  let supported = new Set<string>()
  const joinedWaiters = new Set<(self: HostSelf) => void>()
  let handInFlight: { raised: boolean; done: Promise<void> } | null = null

  const knockListeners = new Set<(k: Knocker) => void>()
  const handlers = createHandlers({
    roster,
    bindings,
    room: () => current?.room ?? { kind: 'main' },
    roomsInfo: () => (current ? current.api.getRoomsInfo() : Promise.reject(new Error('detached'))),
    announce: (id) => void opts.announce?.(id).catch(() => undefined),
    // start() resolves once roles and microphones are known too (events only report later changes).
    settled: () => {
      const self = roster.self()
      if (self) for (const w of [...joinedWaiters]) w(self)
      joinedWaiters.clear()
    },
  })

  /** Sends a command and waits for the event showing its effect; silence becomes a visible failure. */
  async function command(
    action: string,
    test: (n: string, p: unknown) => boolean,
    send: (api: JitsiApi) => void,
  ) {
    const api = current?.api
    try {
      if (!api) throw new JitsiCommandError(action, 'detached')
      const confirmed = confirm.expect(action, test)
      send(api)
      await confirmed
    } catch (err) {
      const reason = err instanceof JitsiCommandError ? err.reason : 'timeout'
      emit({ type: 'failure', action, message: failureText(opts.lang, action, reason) })
      throw err
    }
  }
  const fail = (action: string, reason: JitsiCommandError['reason']) => {
    emit({ type: 'failure', action, message: failureText(opts.lang, action, reason) })
    return Promise.reject(new JitsiCommandError(action, reason))
  }
  const selfId = () => roster.self()?.hostId ?? ''

  return {
    kind: 'jitsi',
    attach(api, room) {
      if (current) this.detach(current.api)
      const bound = LISTENED.map((name) => {
        const h = (p: unknown) => {
          ;(handlers[name] as (x: unknown) => void)(p)
          confirm.feed(name, p)
        }
        api.on(name, h)
        return () => api.removeListener(name, h)
      })
      const knocked = (p: { participant: { id: string; name?: string } }) => {
        for (const l of [...knockListeners]) l({ id: p.participant.id, name: p.participant.name ?? '' })
      }
      api.on('knockingParticipant', knocked)
      current = {
        api,
        room,
        off: () => {
          for (const off of bound) off()
          api.removeListener('knockingParticipant', knocked)
        },
      }
      supported = new Set(api.getSupportedCommands())
    },
    detach(api) {
      if (current?.api !== api) return
      current.off()
      current = null
      confirm.clear()
      api.dispose()
    },
    start() {
      const self = roster.self()
      if (self) return Promise.resolve(self)
      return new Promise((resolve) => joinedWaiters.add(resolve))
    },
    capabilities: (): HostCapabilities => ({
      roster: true,
      activeSpeaker: true,
      ownSpeaking: false,
      raiseHand: supported.has('toggleRaiseHand'),
      muteOthers: supported.has('muteEveryone') && supported.has('muteRemoteParticipant'),
      rooms: opts.switchRoom !== undefined,
    }),
    on: (listener) => listeners.add(listener),
    setHand(raised) {
      if (!supported.has('toggleRaiseHand')) return Promise.resolve()
      // toggle-raise-hand flips: a second toggle sent before the first is confirmed would undo it.
      if (handInFlight?.raised === raised) return handInFlight.done
      if (roster.handRaised(selfId()) === raised) return Promise.resolve()
      const id = selfId()
      const test = (n: string, p: unknown) => {
        const e = p as JitsiEvents['raiseHandUpdated']
        return n === 'raiseHandUpdated' && e.id === id && e.handRaised > 0 === raised
      }
      const done = command('setHand', test, (api) => api.executeCommand('toggleRaiseHand')).finally(() => {
        if (handInFlight?.done === done) handInFlight = null
      })
      handInFlight = { raised, done }
      return done
    },
    setLobby(enabled) {
      if (!roster.self()?.moderator) return fail('lobby', 'forbidden')
      if (!current) return fail('lobby', 'detached')
      // No IFrame API event reports the lobby state, so this one command cannot be confirmed (see README).
      current.api.executeCommand('toggleLobby', enabled)
      return Promise.resolve()
    },
    onKnock(listener) {
      knockListeners.add(listener)
      return () => knockListeners.delete(listener)
    },
    answerKnock(id, admit) {
      current?.api.executeCommand('answerKnockingParticipant', id, admit)
    },
    async muteAllExcept(hostId) {
      if (!roster.self()?.moderator) return fail('muteAllExcept', 'forbidden')
      if (!supported.has('muteEveryone') || !supported.has('muteRemoteParticipant')) {
        return fail('muteAllExcept', 'unsupported')
      }
      const targets = roster
        .participants()
        .map((p) => p.hostId)
        .filter((id) => id !== hostId && id !== selfId())
      const pending = new Set(targets.filter((id) => !roster.isMuted(id)))
      if (pending.size === 0) return
      const test = (n: string, p: unknown) => {
        const m = p as JitsiEvents['participantMuted']
        if (n === 'participantMuted' && m.isMuted && m.mediaType === 'audio') pending.delete(m.id)
        return pending.size === 0
      }
      // mute-everyone spares only the sender; when someone else holds the floor, mute the others one by one.
      await command('muteAllExcept', test, (api) => {
        if (hostId === null || hostId === selfId()) api.executeCommand('muteEveryone', 'audio')
        else for (const id of pending) api.executeCommand('muteRemoteParticipant', id, 'audio')
      })
    },
    async openCaucus(_rooms: CaucusRoomPlan[]) {
      // Nothing to send: each side's page moves itself when the server's caucus state names its room.
    },
    async moveSelf(room) {
      if (!opts.switchRoom) return
      try {
        await opts.switchRoom(room)
      } catch {
        await fail('moveSelf', 'timeout')
      }
    },
    // The page goes where the session places it (the sidebar reads the caucus state; the server names the room).
    async followRoom(room) {
      await this.moveSelf(room)
    },
    async closeCaucus() {
      await this.moveSelf({ kind: 'main' })
    },
    // SAFETY-6: hangup is fire-and-forget in the IFrame API; the conference-left event confirms it.
    async leave() {
      try {
        await command(
          'leave',
          (n) => n === 'videoConferenceLeft',
          (api) => api.executeCommand('hangup'),
        )
        return true
      } catch {
        return false
      }
    },
    dispose() {
      if (disposed) return
      if (current) this.detach(current.api)
      disposed = true
      bindings.stop()
      knockListeners.clear()
      joinedWaiters.clear()
      listeners.clear()
    },
  }
}
