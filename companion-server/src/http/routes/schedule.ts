import type { PlannedMeeting, ScheduleResponse } from '@mediation/protocol'
import { notFound } from '../../errors'
import type { SessionRecord } from '../../store/meta-types'
import { ownedSession, param, sessionOf } from '../auth'
import type { AppContext } from '../context'
import type { RouteDef } from '../route'
import { ScheduleBody } from '../schemas'
import { parse } from '../validate'

/** Sorted by start; records written before schedules existed have none. */
function scheduleOf(s: SessionRecord): ScheduleResponse {
  const list = [...(s.schedule ?? [])]
  list.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
  return { schedule: list }
}

/**
 * The session schedule: planning only (times, kinds, short notes), which is why the secretariat may read it
 * while it may read no session content.
 */
export function scheduleRoutes(ctx: AppContext): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/sessions/:id/schedule',
      summary: 'Planned meetings of the session (mediator, secretariat, parties and advisers)',
      auth: 'credential',
      ok: { status: 200, description: 'ScheduleResponse' },
      handler: (req, res) => {
        res.json(scheduleOf(sessionOf(ctx, req, param(req, 'id')).session))
      },
    },
    {
      method: 'put',
      path: '/api/sessions/:id/schedule',
      summary: 'Replace the planned meetings of the session (at most 50)',
      auth: 'mediator',
      body: ScheduleBody,
      ok: { status: 200, description: 'ScheduleResponse' },
      handler: async (req, res) => {
        const { session } = ownedSession(ctx, req, param(req, 'id'))
        const { schedule } = parse(ScheduleBody, req.body)
        // Normalised to UTC so sorting and display never depend on the offset the client chose.
        const stored: PlannedMeeting[] = schedule.map((m) => ({
          id: m.id,
          startsAt: new Date(m.startsAt).toISOString(),
          durationMin: m.durationMin,
          kind: m.kind,
          ...(m.note ? { note: m.note } : {}),
        }))
        const updated = await ctx.directory.updateSession(session.id, (s) => {
          s.schedule = stored
        })
        if (!updated) throw notFound('session')
        res.json(scheduleOf(updated))
      },
    },
  ]
}
