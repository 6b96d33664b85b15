/**
 * The other end of the IFrame API, emulated: a tiny conference backend that plays what jitsi-meet + prosody +
 * jicofo would do for the events our adapter uses. Each fake meeting page (one per iframe) is one endpoint.
 * It records every command and request it receives, so tests can check who sent what.
 */
import { createHmac, type KeyObject, randomBytes, timingSafeEqual, verify } from 'node:crypto'
import type { BackendMessage, PageMessage } from './wire'

export interface Endpoint {
  id: string
  room: string
  displayName: string
  moderator: boolean
  /** The JWT's claims when the page was opened with a valid token (token auth), else null. */
  claims: Record<string, unknown> | null
  config: Record<string, unknown>
  hand: number
  audioMuted: boolean
  send(msg: BackendMessage): void
}

/** One command or request as the backend received it. */
export interface Received {
  from: string
  room: string
  moderator: boolean
  kind: 'command' | 'request'
  name: string
  data: unknown
}

/**
 * The documented behaviours the double plays, each by name so a test says which one it exercises. Defaults are
 * what jitsi-meet, jicofo and prosody do (../shared/reference/jitsi.md).
 */
export interface FakeJitsiRules {
  /** The prejoin (device check) screen on every mount unless `prejoinConfig.enabled` is false. Default true. */
  prejoin: boolean
  /** jicofo grants moderator after the join, not with it: this many ms later. Default 150. */
  lateModeratorMs: number
  /** Every room starts with the lobby on (else only a moderator's `toggle-lobby` turns it on). Default false. */
  lobby: boolean
}

export const DOCUMENTED_RULES: FakeJitsiRules = { prejoin: true, lateModeratorMs: 150, lobby: false }

export interface ConferenceOptions {
  /** HS256 secret of the deployment's token auth; when set, a page without a valid token is refused. */
  jwtSecret?: string
  /** RS256 public key (JaaS); when set, a page without a token signed by its private key is refused. */
  jwtPublicKey?: KeyObject
  /** Deviations from the documented rules, named. */
  rules?: Partial<FakeJitsiRules>
}

function verifyJwt(jwt: string, opts: ConferenceOptions): Record<string, unknown> | null {
  const [h, p, s] = jwt.split('.')
  if (!h || !p || !s) return null
  const got = Buffer.from(s, 'base64url')
  if (opts.jwtPublicKey) {
    if (!verify('RSA-SHA256', Buffer.from(`${h}.${p}`), opts.jwtPublicKey, got)) return null
  } else {
    const expected = createHmac('sha256', opts.jwtSecret ?? '')
      .update(`${h}.${p}`)
      .digest()
    if (got.length !== expected.length || !timingSafeEqual(got, expected)) return null
  }
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) return null
  return claims
}

const userOf = (claims: Record<string, unknown> | null): Record<string, unknown> =>
  ((claims?.context as Record<string, unknown> | undefined)?.user as Record<string, unknown>) ?? {}

/** The fake conference: rooms of endpoints, the log of what they sent, and levers for the test. */
export function createConference(opts: ConferenceOptions = {}) {
  const endpoints = new Map<string, Endpoint>()
  const received: Received[] = []
  /** Commands recorded but not carried out: a deployment that silently refuses them. */
  const dropped = new Set<string>()
  const inRoom = (room: string) => [...endpoints.values()].filter((e) => e.room === room)
  const event = (name: string, payload: Record<string, unknown> = {}): BackendMessage => ({
    t: 'event',
    event: { name, ...payload },
  })
  const broadcast = (room: string, msg: BackendMessage, moderatorsOnly = false) => {
    for (const e of inRoom(room)) if (!moderatorsOnly || e.moderator) e.send(msg)
  }
  const rules: FakeJitsiRules = { ...DOCUMENTED_RULES, ...opts.rules }
  /** Rooms whose lobby a moderator turned on or off (others follow rules.lobby). */
  const lobby = new Map<string, boolean>()
  const lobbyOn = (room: string) => lobby.get(room) ?? rules.lobby
  /** Who knocks, by endpoint id, until a moderator answers. */
  const knocking = new Map<string, { e: Endpoint; willModerate: boolean }>()
  const role = (e: Endpoint) => (e.moderator ? 'moderator' : 'participant')
  const setMuted = (e: Endpoint, muted: boolean) => {
    if (e.audioMuted === muted) return
    e.audioMuted = muted
    e.send(event('audio-mute-status-changed', { muted }))
    broadcast(e.room, event('participant-muted', { id: e.id, isMuted: muted, mediaType: 'audio' }))
  }
  const toggleHand = (e: Endpoint) => {
    e.hand = e.hand ? 0 : Date.now()
    broadcast(e.room, event('raise-hand-updated', { id: e.id, handRaised: e.hand }))
  }

  /** A page asks to join: refused without a valid token, held in the lobby, or let in. */
  function join(
    hello: Extract<PageMessage, { t: 'hello' }>,
    send: (m: BackendMessage) => void,
  ): Endpoint | null {
    const tokens = Boolean(opts.jwtSecret || opts.jwtPublicKey)
    const claims = hello.jwt && tokens ? verifyJwt(hello.jwt, opts) : null
    if (tokens && !claims) return null
    const user = userOf(claims)
    const e: Endpoint = {
      id: randomBytes(4).toString('hex'),
      room: hello.room,
      displayName: String(user.name ?? hello.displayName ?? 'Fellow Jitster'),
      moderator: false,
      claims,
      config: hello.config,
      hand: 0,
      audioMuted: hello.config.startWithAudioMuted === true,
      send,
    }
    // Token auth + a moderator-from-token plugin; without tokens jicofo makes the first joiner moderator.
    const willModerate = claims
      ? user.moderator === true || user.moderator === 'true'
      : inRoom(e.room).length === 0
    // Moderators pass the lobby; everyone else knocks and waits for a moderator's answer.
    if (!willModerate && lobbyOn(e.room)) {
      knocking.set(e.id, { e, willModerate })
      send({ t: 'lobby', state: 'waiting' })
      broadcast(
        e.room,
        event('knocking-participant', { participant: { id: e.id, name: e.displayName } }),
        true,
      )
      return e
    }
    enter(e, willModerate)
    return e
  }

  function enter(e: Endpoint, willModerate: boolean): void {
    const others = inRoom(e.room)
    endpoints.set(e.id, e)
    const names = { displayName: e.displayName, formattedDisplayName: e.displayName }
    e.send(event('video-conference-joined', { roomName: e.room, id: e.id, ...names, breakoutRoom: false }))
    for (const o of others) {
      e.send(
        event('participant-joined', {
          id: o.id,
          displayName: o.displayName,
          formattedDisplayName: o.displayName,
        }),
      )
      e.send(event('participant-role-changed', { id: o.id, role: role(o) }))
      if (o.hand) e.send(event('raise-hand-updated', { id: o.id, handRaised: o.hand }))
      o.send(event('participant-joined', { id: e.id, ...names }))
    }
    broadcast(e.room, event('participant-role-changed', { id: e.id, role: 'participant' }))
    if (!willModerate) return
    // jicofo: moderator arrives after the join (rules.lateModeratorMs), not with it.
    const grant = () => endpoints.get(e.id) === e && setModerator(e, true)
    if (rules.lateModeratorMs > 0) setTimeout(grant, rules.lateModeratorMs)
    else grant()
  }

  function setModerator(e: Endpoint, moderator: boolean): void {
    e.moderator = moderator
    broadcast(e.room, event('participant-role-changed', { id: e.id, role: role(e) }))
    // A new moderator learns who is already knocking (jitsi-meet reads the lobby room's occupants).
    if (moderator)
      for (const k of knocking.values())
        if (k.e.room === e.room)
          e.send(event('knocking-participant', { participant: { id: k.e.id, name: k.e.displayName } }))
  }

  function leave(e: Endpoint): void {
    knocking.delete(e.id)
    if (!endpoints.delete(e.id)) return
    broadcast(e.room, event('participant-left', { id: e.id }))
  }

  function command(e: Endpoint, name: string, data: unknown[]): void {
    received.push({ from: e.id, room: e.room, moderator: e.moderator, kind: 'command', name, data })
    const others = inRoom(e.room).filter((o) => o.id !== e.id)
    if (dropped.has(name)) return
    if (moderatorCommand(e, name, data)) return
    if (name === 'toggle-raise-hand') toggleHand(e)
    else if (name === 'video-hangup') hangUp(e)
    else if (name === 'toggle-audio') setMuted(e, !e.audioMuted)
    else if (name === 'mute-everyone' && e.moderator && (data[0] ?? 'audio') === 'audio') {
      for (const o of others) setMuted(o, true)
    } else if (name === 'mute-remote-participant' && e.moderator && (data[1] ?? 'audio') === 'audio') {
      const target = others.find((o) => o.id === data[0])
      if (target) setMuted(target, true)
    }
  }

  /** The room itself leaving: hangup ends in readyToClose; a kick tells everyone who kicked whom. */
  function hangUp(e: Endpoint): void {
    leave(e)
    e.send(event('video-conference-left', { roomName: e.room }))
    e.send(event('video-ready-to-close'))
  }

  /**
   * Lobby and kick: prosody refuses them from a non-moderator; jitsi-meet shows nothing to the embedder (the
   * command is simply lost). Returns true when `name` was one of them.
   */
  function moderatorCommand(e: Endpoint, name: string, data: unknown[]): boolean {
    if (name !== 'toggle-lobby' && name !== 'answer-knocking-participant' && name !== 'kick-participant')
      return false
    if (!e.moderator) return true
    if (name === 'toggle-lobby') lobby.set(e.room, data[0] === true)
    else if (name === 'answer-knocking-participant') {
      const k = knocking.get(String(data[0]))
      if (!k || k.e.room !== e.room) return true
      knocking.delete(k.e.id)
      if (data[1] === true) enter(k.e, k.willModerate)
      else k.e.send({ t: 'lobby', state: 'denied' })
    } else {
      const target = inRoom(e.room).find((o) => o.id === data[0] && o.id !== e.id)
      if (!target) return true
      const kicked = {
        kicked: { id: target.id, local: true, name: target.displayName },
        kicker: { id: e.id },
      }
      endpoints.delete(target.id)
      target.send(event('participant-kicked-out', kicked))
      target.send(event('video-conference-left', { roomName: target.room }))
      broadcast(
        e.room,
        event('participant-kicked-out', { ...kicked, kicked: { ...kicked.kicked, local: false } }),
      )
      broadcast(e.room, event('participant-left', { id: target.id }))
    }
    return true
  }

  function request(
    e: Endpoint,
    req: { name: string },
  ): Pick<BackendMessage & { t: 'response' }, 'result' | 'error'> {
    received.push({
      from: e.id,
      room: e.room,
      moderator: e.moderator,
      kind: 'request',
      name: req.name,
      data: req,
    })
    if (req.name === 'rooms-info') {
      const participants = inRoom(e.room).map((o) => ({
        jid: `${e.room}@conference.fake/${o.id}`,
        role: role(o),
        displayName: o.displayName,
        avatarUrl: '',
        id: o.id,
        audioMuted: o.audioMuted,
        videoMuted: false,
      }))
      return {
        result: { rooms: [{ isMainRoom: true, id: e.room, jid: `${e.room}@conference.fake`, participants }] },
      }
    }
    if (req.name === 'is-audio-muted') return { result: e.audioMuted }
    return { error: { message: 'UnknownRequestError' } }
  }

  return {
    join,
    leave,
    command,
    request,
    received,
    dropped,
    endpoints: () => [...endpoints.values()],
    /** The endpoint a session participant joined as (bound through the JWT's context.user.id). */
    endpointOf: (participantId: string) =>
      [...endpoints.values()].find((e) => userOf(e.claims).id === participantId),
    /** Someone without a page (a phone dial-in, say) joins `room`; returns their endpoint id. */
    addGhost(room: string, displayName = 'Dial-in'): string {
      const id = randomBytes(4).toString('hex')
      const ghost: Endpoint = {
        id,
        room,
        displayName,
        moderator: false,
        claims: null,
        config: {},
        hand: 0,
        audioMuted: false,
        send: () => undefined,
      }
      broadcast(room, event('participant-joined', { id, displayName, formattedDisplayName: displayName }))
      endpoints.set(id, ghost)
      return id
    },
    /** Jitsi's own dominant-speaker detection picks someone. */
    dominantSpeaker(e: Endpoint) {
      broadcast(e.room, event('dominant-speaker-changed', { id: e.id }))
    },
    /** jicofo grants or takes moderator (a moderator leaving and coming back, another owner...). */
    setModerator,
    /** Someone without a session token knocks on `room`'s lobby (an open deployment, a guessed link). */
    knockAs(room: string, displayName: string): Endpoint {
      const e: Endpoint = {
        id: randomBytes(4).toString('hex'),
        room,
        displayName,
        moderator: false,
        claims: null,
        config: {},
        hand: 0,
        audioMuted: false,
        send: () => undefined,
      }
      knocking.set(e.id, { e, willModerate: false })
      broadcast(room, event('knocking-participant', { participant: { id: e.id, name: displayName } }), true)
      return e
    },
    /** Who knocks in the lobby now (endpoint id and name). */
    knocking: () =>
      [...knocking.values()].map((k) => ({ id: k.e.id, name: k.e.displayName, room: k.e.room })),
    lobbyOn,
    rules,
    /** The person clicks Jitsi's own hangup button. */
    hangUp,
    /** The person clicks Jitsi's own raise-hand button. */
    clickRaiseHand: toggleHand,
    /** The person clicks Jitsi's own microphone button. */
    setMuted,
  }
}

export type Conference = ReturnType<typeof createConference>
