/**
 * Ties the meeting to the session's control document: the page follows the caucus state into the room the
 * server assigns, and a party's Jitsi hand and the sidebar's hand queue follow each other both ways.
 */

import { caucusState, controlSchema, getQueue } from '@mediation/core/domain'
import type { SessionClient } from '@mediation/sidebar/client'
import type { HostRoom } from '@mediation/sidebar/host'
import type { JitsiHost } from './host'
import type { RoomController } from './room-controller'

export interface SessionLinkOptions {
  client: SessionClient
  host: JitsiHost
  controller: RoomController
  participantId: string
  mediator: boolean
  /** A party whose side is not in the running caucus waits in the main room. */
  onWaiting?: (waiting: boolean) => void
}

/** Starts following; returns the function that stops it. */
export function linkSession({
  client,
  host,
  controller,
  participantId,
  mediator,
  onWaiting,
}: SessionLinkOptions): () => void {
  const doc = client.open('control').doc
  const s = controlSchema(doc)
  let wanted = ''
  let inQueue: boolean | null = null
  let selfHostId = ''

  const follow = () => {
    const view = caucusState(doc, Date.now())
    const room =
      view.status !== 'active' ? 'main' : mediator ? view.mediatorRoom : (view.rooms[participantId] ?? 'main')
    onWaiting?.(view.status === 'active' && !mediator && room === 'main')
    const want: HostRoom = room === 'main' ? { kind: 'main' } : { kind: 'caucus', sideId: room }
    const key = JSON.stringify(want)
    if (key === wanted) return
    wanted = key
    // The sidebar's own moveSelf reports failures; a failed follow is retried on the next caucus change.
    controller.moveTo(want).catch(() => {
      if (wanted === key) wanted = ''
    })
  }
  const mirrorQueue = () => {
    if (mediator) return
    const now = getQueue(doc).some((e) => e.participantId === participantId)
    if (now === inQueue) return
    inQueue = now
    host.setHand(now).catch(() => undefined)
  }
  const offHost = host.on((e) => {
    if (e.type === 'self') selfHostId = e.self.hostId
    if (mediator || e.type !== 'hand' || e.hostId !== selfHostId) return
    const queued = getQueue(doc).some((q) => q.participantId === participantId)
    if (e.raised && !queued) client.command({ type: 'raiseHand' }).catch(() => undefined)
    if (!e.raised && queued) client.command({ type: 'lowerHand' }).catch(() => undefined)
  })
  const onCaucus = () => follow()
  const onHands = () => mirrorQueue()
  s.caucus.observe(onCaucus)
  s.hands.observe(onHands)
  follow()
  return () => {
    s.caucus.unobserve(onCaucus)
    s.hands.unobserve(onHands)
    offHost()
  }
}
