/**
 * TALK-7: where the platform detects no speakers (the standalone page: a meeting around one screen, the hybrid
 * room), the mediator's sidebar measures talk time from the floor: a turn counts as speaking from its grant until
 * it ends or passes to someone else. Only the mediator's instance writes (one writer; a second tab repeats the same
 * reports, which change nothing).
 */
import { localOrigin, reportSpeaking } from '@mediation/core/domain'
import { effect } from '@preact/signals'
import type { MeetingHost } from '../../host/meeting-host'
import type { ControlModel } from './control-model'

export function measureTalkFromFloor(o: {
  host: MeetingHost
  control: ControlModel
  mediatorId: string
}): () => void {
  if (o.host.capabilities().activeSpeaker) return () => {}
  let holder: string | null = null
  const ctx = { origin: localOrigin(o.mediatorId) }
  return effect(() => {
    const floor = o.control.floor.value
    const next = floor?.holderId ?? null
    if (next === holder) return
    const at = Date.now()
    try {
      if (holder) reportSpeaking(o.control.doc, { participantId: holder, speaking: false, at }, ctx)
      if (floor && next)
        reportSpeaking(o.control.doc, { participantId: next, speaking: true, at: floor.grantedAt }, ctx)
    } catch (err) {
      console.warn('could not measure talk time from the floor', err)
    }
    holder = next
  })
}
