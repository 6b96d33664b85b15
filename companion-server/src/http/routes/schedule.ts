import { type PlannedMeeting, ScheduleBody, ScheduleResponse } from '@mediation/protocol'
import { notFound } from '../../errors'
import type { SessionRecord } from '../../store/meta-types'
import type { AppContext } from '../context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../route'

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
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/schedule',
      summary: 'Planned meetings of the session (mediator, secretariat, parties and advisers)',
      access: { auth: 'session' },
      ok: { status: 200, description: 'ScheduleResponse', schema: ScheduleResponse },
      handler: ({ session, res }) => {
        res.json(scheduleOf(session))
      },
    }),
    route(ctx, {
      method: 'put',
      path: '/api/sessions/:id/schedule',
      summary: 'Replace the planned meetings of the session (at most 50)',
      access: { auth: 'session', roles: MEDIATOR_ONLY },
      body: ScheduleBody,
      ok: { status: 200, description: 'ScheduleResponse', schema: ScheduleResponse },
      handler: async ({ session, body, res }) => {
        // Normalised to UTC so sorting and display never depend on the offset the client chose.
        const stored: PlannedMeeting[] = body.schedule.map((m) => ({
          id: m.id,
          startsAt: new Date(m.startsAt).toISOString(),
          durationMin: m.durationMin,
          kind: m.kind,
          ...(m.note ? { note: m.note } : {}),
        }))
        const updated = await ctx.directory.updateSession(session.id, (s) => {
          s.schedule = stored
        })
        if (!updated) throw notFound('SESSION-NOT-FOUND', 'session')
        res.json(scheduleOf(updated))
      },
    }),
  ]
}
