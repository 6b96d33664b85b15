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

export interface ConferenceOptions {
  /** HS256 secret of the deployment's token auth; when set, a page without a valid token is refused. */
  jwtSecret?: string
  /** RS256 public key (JaaS); when set, a page without a token signed by its private key is refused. */
  jwtPublicKey?: KeyObject
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
  const broadcast = (room: string, msg: BackendMessage) => {
    for (const e of inRoom(room)) e.send(msg)
  }
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

  function join(
    hello: Extract<PageMessage, { t: 'hello' }>,
    send: (m: BackendMessage) => void,
  ): Endpoint | null {
    const tokens = Boolean(opts.jwtSecret || opts.jwtPublicKey)
    const claims = hello.jwt && tokens ? verifyJwt(hello.jwt, opts) : null
    if (tokens && !claims) return null
    const user = userOf(claims)
    const others = inRoom(hello.room)
    const e: Endpoint = {
      id: randomBytes(4).toString('hex'),
      room: hello.room,
      displayName: String(user.name ?? hello.displayName ?? 'Fellow Jitster'),
      // Token auth + a moderator-from-token plugin; without tokens jicofo makes the first joiner moderator.
      moderator: claims ? user.moderator === true || user.moderator === 'true' : others.length === 0,
      claims,
      config: hello.config,
      hand: 0,
      audioMuted: hello.config.startWithAudioMuted === true,
      send,
    }
    endpoints.set(e.id, e)
    const names = { displayName: e.displayName, formattedDisplayName: e.displayName }
    send(event('video-conference-joined', { roomName: e.room, id: e.id, ...names, breakoutRoom: false }))
    for (const o of others) {
      send(
        event('participant-joined', {
          id: o.id,
          displayName: o.displayName,
          formattedDisplayName: o.displayName,
        }),
      )
      send(event('participant-role-changed', { id: o.id, role: role(o) }))
      if (o.hand) send(event('raise-hand-updated', { id: o.id, handRaised: o.hand }))
      o.send(event('participant-joined', { id: e.id, ...names }))
    }
    broadcast(e.room, event('participant-role-changed', { id: e.id, role: role(e) }))
    return e
  }

  function leave(e: Endpoint): void {
    if (!endpoints.delete(e.id)) return
    broadcast(e.room, event('participant-left', { id: e.id }))
  }

  function command(e: Endpoint, name: string, data: unknown[]): void {
    received.push({ from: e.id, room: e.room, moderator: e.moderator, kind: 'command', name, data })
    const others = inRoom(e.room).filter((o) => o.id !== e.id)
    if (dropped.has(name)) return
    if (name === 'toggle-raise-hand') toggleHand(e)
    else if (name === 'toggle-audio') setMuted(e, !e.audioMuted)
    else if (name === 'mute-everyone' && e.moderator && (data[0] ?? 'audio') === 'audio') {
      for (const o of others) setMuted(o, true)
    } else if (name === 'mute-remote-participant' && e.moderator && (data[1] ?? 'audio') === 'audio') {
      const target = others.find((o) => o.id === data[0])
      if (target) setMuted(target, true)
    }
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
    /** The person clicks Jitsi's own raise-hand button. */
    clickRaiseHand: toggleHand,
    /** The person clicks Jitsi's own microphone button. */
    setMuted,
  }
}

export type Conference = ReturnType<typeof createConference>
