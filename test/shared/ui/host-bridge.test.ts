import assert from 'node:assert/strict'
import {
  type Actor,
  addParticipant,
  addSide,
  initSession,
  storeOrigin,
  talkTime,
} from '@mediation/core/domain'
import type { SessionClient } from '@mediation/sidebar/client'
import { createFakeHost } from '@mediation/sidebar/host'
import { bridgeHost, createControlModel } from '@mediation/sidebar/ui'
import { signal } from '@preact/signals'
import * as Y from 'yjs'

const T0 = 1_700_000_000_000
const MEDIATOR: Actor = { participantId: 'm', role: 'mediator', sideId: null }

/** A session where a party of side A and a party of side B share one display name. */
function namesakes(): Y.Doc {
  const doc = new Y.Doc()
  initSession(
    doc,
    { id: 's', kind: 'mediation', title: 'Namesakes', language: 'nl' },
    { origin: storeOrigin },
  )
  addSide(doc, { id: 'A', name: 'Side A' }, { origin: storeOrigin })
  addSide(doc, { id: 'B', name: 'Side B' }, { origin: storeOrigin })
  for (const p of [
    { id: 'm', name: 'Mira', role: 'mediator', sideId: null },
    { id: 'a1', name: 'Sam de Vries', role: 'party', sideId: 'A' },
    { id: 'b1', name: 'Sam de Vries', role: 'party', sideId: 'B' },
  ] as const) {
    addParticipant(doc, p, { origin: storeOrigin })
  }
  return doc
}

/** The mediator's bridge over a fake platform; the client must never be used on the mediator's path. */
function mediatorBridge(doc: Y.Doc) {
  const host = createFakeHost({ self: { hostId: 'h-m', name: 'Mira', moderator: true } })
  const commands: unknown[] = []
  const client = {
    command: async (c: unknown) => void commands.push(c),
  } as Pick<SessionClient, 'command'> as SessionClient // only `command` is reachable from the bridge
  const control = createControlModel(doc, signal(T0))
  const bridge = bridgeHost({
    host,
    actor: signal(MEDIATOR),
    control,
    client,
    isMediator: true,
    selfHostId: 'h-m',
  })
  return { host, bridge, commands }
}

const room = { kind: 'main' } as const

describe('sidebar host bridge: platform participants to session participants', () => {
  const stops: (() => void)[] = []
  afterEach(() => {
    for (const stop of stops.splice(0)) stop()
  })

  it('attributes two people with the same display name to their own side when ids are given', () => {
    const doc = namesakes()
    const { host, bridge, commands } = mediatorBridge(doc)
    stops.push(bridge.stop)
    host.emit({
      type: 'participants',
      participants: [
        { hostId: 'h-m', name: 'Mira', moderator: true, room },
        { hostId: 'h-b', name: 'Sam de Vries', moderator: false, room, participantId: 'b1' },
        { hostId: 'h-a', name: 'Sam de Vries', moderator: false, room, participantId: 'a1' },
      ],
    })
    assert.deepEqual(bridge.hostIdsOf('a1'), ['h-a'])
    assert.deepEqual(bridge.hostIdsOf('b1'), ['h-b'])
    assert.deepEqual(bridge.hostIdsOf('m'), ['h-m'], 'no id given: matched by name')
    host.emit({ type: 'speaking', hostId: 'h-b', speaking: true, at: T0 })
    host.emit({ type: 'speaking', hostId: 'h-b', speaking: false, at: T0 + 90_000 })
    host.emit({ type: 'speaking', hostId: 'h-a', speaking: true, at: T0 + 90_000 })
    host.emit({ type: 'speaking', hostId: 'h-a', speaking: false, at: T0 + 120_000 })
    const talk = talkTime(doc, T0 + 120_000)
    assert.equal(talk.perParticipant.b1, 90_000)
    assert.equal(talk.perParticipant.a1, 30_000)
    assert.equal(talk.perSide.B, 90_000)
    assert.equal(talk.perSide.A, 30_000)
    assert.deepEqual(commands, [])
  })

  it('an id that names no session participant is not counted, even when the name matches', () => {
    const doc = namesakes()
    const { host, bridge } = mediatorBridge(doc)
    stops.push(bridge.stop)
    host.emit({
      type: 'participants',
      participants: [{ hostId: 'h-x', name: 'Sam de Vries', moderator: false, room, participantId: 'zz' }],
    })
    assert.deepEqual(bridge.hostIdsOf('a1'), [])
    host.emit({ type: 'speaking', hostId: 'h-x', speaking: true, at: T0 })
    host.emit({ type: 'speaking', hostId: 'h-x', speaking: false, at: T0 + 60_000 })
    assert.equal(talkTime(doc, T0 + 60_000).totalSideMs, 0)
  })

  it('without ids the name still links (platforms that bind nobody, e.g. Zoom)', () => {
    const doc = new Y.Doc()
    initSession(doc, { id: 's', kind: 'mediation', title: 'Names', language: 'en' }, { origin: storeOrigin })
    addSide(doc, { id: 'A', name: 'Side A' }, { origin: storeOrigin })
    addParticipant(doc, { id: 'm', name: 'Mira', role: 'mediator', sideId: null }, { origin: storeOrigin })
    addParticipant(doc, { id: 'a1', name: 'Anna', role: 'party', sideId: 'A' }, { origin: storeOrigin })
    const { host, bridge } = mediatorBridge(doc)
    stops.push(bridge.stop)
    host.emit({
      type: 'participants',
      participants: [{ hostId: 'z-a', name: ' anna ', moderator: false, room }],
    })
    assert.deepEqual(bridge.hostIdsOf('a1'), ['z-a'])
    host.emit({ type: 'speaking', hostId: 'z-a', speaking: true, at: T0 })
    host.emit({ type: 'speaking', hostId: 'z-a', speaking: false, at: T0 + 10_000 })
    assert.equal(talkTime(doc, T0 + 10_000).perSide.A, 10_000)
  })
})
