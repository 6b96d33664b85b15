/**
 * The platform follows the session, driven from the sidebar so a platform page holds no session state: this
 * participant goes to the room the caucus state places them in (`MeetingHost.followRoom`), and a party's hand on
 * the platform follows their place in the sidebar's queue (`setHand`; the other way round is the host bridge).
 */
import type { Actor } from '@mediation/core/domain'
import { effect, type ReadonlySignal } from '@preact/signals'
import type { HostRoom, MeetingHost } from '../../host/meeting-host'
import type { ControlModel } from './control-model'
import type { ErrorsModel } from './errors-model'
import { runPlatform } from './platform-call'

export interface FollowDeps {
  host: MeetingHost
  control: ControlModel
  actor: ReadonlySignal<Actor>
  isMediator: boolean
  errors: ErrorsModel
}

/** Starts following; returns the function that stops it. */
export function followPlatform({ host, control, actor, isMediator, errors }: FollowDeps): () => void {
  let wantedRoom = ''
  let mirroredHand: boolean | null = null
  const stopRoom = effect(() => {
    const view = control.caucus.value
    const me = actor.value.participantId
    const room =
      view.status !== 'active' ? 'main' : isMediator ? view.mediatorRoom : (view.rooms[me] ?? 'main')
    const want: HostRoom = room === 'main' ? { kind: 'main' } : { kind: 'caucus', sideId: room }
    const key = JSON.stringify(want)
    if (key === wantedRoom) return
    wantedRoom = key
    // A failed follow is shown (the adapter says why) and tried again on the next caucus change.
    void host.followRoom(want).catch(() => {
      if (wantedRoom === key) wantedRoom = ''
    })
  })
  const stopHand = effect(() => {
    if (isMediator) return
    const me = actor.value.participantId
    const queued = control.queue.value.some((q) => q.participantId === me)
    if (queued === mirroredHand) return
    mirroredHand = queued
    if (host.capabilities().raiseHand) void runPlatform(host, errors, 'setHand', () => host.setHand(queued))
  })
  return () => {
    stopRoom()
    stopHand()
  }
}
