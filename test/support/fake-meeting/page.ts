/**
 * The fake meeting page, loaded inside the iframe that the REAL external_api.js creates. It reads its URL as
 * jitsi-meet does (`#jitsi_meet_external_api_id=…&jwt=…&config.x=…`), speaks the IFrame API to the embedder with
 * the real @jitsi/js-utils Transport over postMessage, and relays everything to the fake conference backend
 * over a WebSocket to the same origin. It draws a few tiles so screenshots show a meeting.
 */
import { PostMessageTransportBackend, Transport } from '@jitsi/js-utils/transport'
import type { BackendMessage, PageMessage } from './wire'

function hashParams(): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const part of location.hash.slice(1).split('&')) {
    const [key, raw] = part.split('=')
    if (!key || raw === undefined) continue
    try {
      out.set(key, JSON.parse(decodeURIComponent(raw)))
    } catch {
      out.set(key, decodeURIComponent(raw))
    }
  }
  return out
}

function prefixed(params: Map<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of params) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v
  return out
}

const params = hashParams()
const apiId = params.get('jitsi_meet_external_api_id')
const transport = new Transport({
  backend: new PostMessageTransportBackend({ postisOptions: { scope: `jitsi_meet_external_api_${apiId}` } }),
})
const socket = new WebSocket(`wss://${location.host}/_fake/ws`)
const outbox: PageMessage[] = []
const send = (m: PageMessage) => (socket.readyState === 1 ? socket.send(JSON.stringify(m)) : outbox.push(m))
const pending = new Map<number, (result: unknown, error?: unknown) => void>()
let nextRequest = 1
// The deployment's own settings (FakeJitsiRules), written into the page by the fake server.
const rules = (window as { __fakeRules?: { prejoin: boolean } }).__fakeRules ?? { prejoin: true }
const config = prefixed(params, 'config.')
const displayName = (params.get('userInfo.displayName') as string | undefined) ?? null

socket.onopen = () => {
  for (const m of outbox.splice(0)) socket.send(JSON.stringify(m))
}
const hello = () =>
  send({
    t: 'hello',
    room: decodeURIComponent(location.pathname.slice(1)),
    jwt: typeof params.get('jwt') === 'string' ? (params.get('jwt') as string) : null,
    displayName,
    config,
    interfaceConfig: prefixed(params, 'interfaceConfig.'),
  })

transport.on('event', ({ name, data }) => {
  send({ t: 'command', name, data: data ?? [] })
  return true
})
transport.on('request', (request, reply) => {
  // The device check's choice lives in the meeting app itself (here: the fake camera and microphone).
  if ((request as { type?: string }).type === 'devices' && request.name === 'getCurrentDevices') {
    reply({
      audioInput: { deviceId: 'fake-mic', label: 'Fake Microphone' },
      audioOutput: { deviceId: 'fake-speaker', label: 'Fake Speaker' },
      videoInput: { deviceId: 'fake-camera', label: 'Fake Camera' },
    })
    return true
  }
  const id = nextRequest++
  pending.set(id, reply)
  send({ t: 'request', id, request })
  return true
})
// API.init(): `ready` (internal to external_api.js) and then the browser check, before any prejoin.
transport.sendEvent({ name: 'ready' })
transport.sendEvent({ name: 'browser-support', supported: true })

const notice = document.getElementById('notice') as HTMLElement
// jitsi-meet: the prejoin screen on every load unless config.prejoinConfig.enabled is false.
if (rules.prejoin && (config.prejoinConfig as { enabled?: boolean } | undefined)?.enabled !== false) {
  const pre = document.getElementById('prejoin') as HTMLElement
  pre.hidden = false
  transport.sendEvent({
    name: 'prejoin-screen-loaded',
    id: '',
    displayName,
    formattedDisplayName: displayName,
  })
  document.getElementById('prejoin-join')?.addEventListener('click', () => {
    pre.hidden = true
    hello()
  })
} else hello()

const tiles = new Map<string, HTMLElement>()
const stage = document.getElementById('stage') as HTMLElement

function tile(id: string, name?: string): HTMLElement {
  let el = tiles.get(id)
  if (!el) {
    el = document.createElement('div')
    el.className = 'tile'
    el.dataset.id = id
    stage.append(el)
    tiles.set(id, el)
  }
  if (name) el.textContent = name
  return el
}

function draw(e: { name: string; [k: string]: unknown }): void {
  const id = String(e.id ?? '')
  if (e.name === 'video-conference-joined' || e.name === 'participant-joined') tile(id, String(e.displayName))
  else if (e.name === 'participant-left') {
    tiles.get(id)?.remove()
    tiles.delete(id)
  } else if (e.name === 'dominant-speaker-changed') {
    for (const [tid, el] of tiles) el.classList.toggle('speaking', tid === id)
  } else if (e.name === 'raise-hand-updated') tile(id).classList.toggle('hand', Number(e.handRaised) > 0)
  else if (e.name === 'participant-muted') tile(id).classList.toggle('muted', e.isMuted === true)
}

socket.onmessage = (msg) => {
  const m = JSON.parse(String(msg.data)) as BackendMessage
  if (m.t === 'lobby') {
    notice.textContent = m.state === 'waiting' ? 'Waiting in the lobby…' : 'The moderator did not let you in.'
  } else if (m.t === 'event') {
    if (m.event.name === 'video-conference-joined') notice.textContent = ''
    if (m.event.name === 'video-conference-left') notice.textContent = 'You left the meeting.'
    draw(m.event)
    transport.sendEvent(m.event)
  } else {
    const reply = pending.get(m.id)
    pending.delete(m.id)
    reply?.(m.result, m.error)
  }
}
