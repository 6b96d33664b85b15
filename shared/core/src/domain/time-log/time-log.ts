/** Joint and caucus time from the phase and caucus logs, for billing. */
import type * as Y from 'yjs'
import { caucusSegments, orderedEvents } from '../caucus/caucus-log'
import type { Phase } from '../phase/types'
import { controlSchema } from '../schema'
import type { TimeInterval, TimeLog } from './types'

const JOINT: readonly Phase[] = ['opening', 'joint', 'closing']

/** TIME-1: joint time (opening, joint, closing) and caucus time per side room, with the intervals. */
export function timeLog(control: Y.Doc, now: number): TimeLog {
  const s = controlSchema(control)
  const intervals: TimeInterval[] = []
  const changes = orderedEvents(s.phaseLog.toArray())
  changes.forEach((c, i) => {
    const to = changes[i + 1]?.at ?? now
    if (JOINT.includes(c.to) && to > c.at) intervals.push({ kind: 'joint', room: 'main', from: c.at, to })
  })
  for (const seg of caucusSegments(s.caucusLog.toArray(), now)) intervals.push({ kind: 'caucus', ...seg })
  intervals.sort((a, b) => a.from - b.from || a.to - b.to)
  let jointMs = 0
  let caucusMs = 0
  const caucusPerSideMs: Record<string, number> = {}
  for (const iv of intervals) {
    const ms = iv.to - iv.from
    if (iv.kind === 'joint') jointMs += ms
    else caucusMs += ms
    if (iv.kind === 'caucus' && iv.room !== 'main')
      caucusPerSideMs[iv.room] = (caucusPerSideMs[iv.room] ?? 0) + ms
  }
  return { jointMs, caucusMs, caucusPerSideMs, intervals }
}
