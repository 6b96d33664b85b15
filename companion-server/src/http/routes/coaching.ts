import { coachingPlan, coachingSeries, nextCoachingSession, rateGoal } from '@mediation/core/coaching'
import { CoachingProgressBody, CoachingView } from '@mediation/protocol'
import { forbidden, HttpError } from '../../errors'
import type { AppContext } from '../context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../route'

/** The coach and the client (the secretariat sees no plan: it reads no content). */
const coachAndClient = {
  auth: 'session',
  roles: {
    allow: ['mediator', 'party'],
    denied: () => forbidden('only the coach and the client read the coaching plan', 'FORBIDDEN'),
  },
} as const

/**
 * The coaching trajectory (COACH-6/7): the plan the client reads between sessions, on the invite page too;
 * the coach begins the next session; the client or the coach scores a goal. Dated by the server.
 */
export function coachingRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/coaching',
      summary:
        'The coaching plan with its sessions and progress per goal, for the coach and the client (COACH-7); 409 COACH-1 for a mediation',
      access: coachAndClient,
      ok: { status: 200, description: 'the plan', schema: CoachingView },
      errors: [403, 409],
      handler: async ({ session, res }) => {
        if (session.kind !== 'coaching')
          throw new HttpError(409, 'only a coaching session has a plan', { code: 'COACH-1' })
        const body = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => ({
          ...coachingSeries(control!),
          items: coachingPlan(control!),
        }))
        res.json(body satisfies CoachingView)
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/coaching/next',
      summary: 'The coach begins the next session of the trajectory; the plan carries over (COACH-6)',
      access: { auth: 'session', roles: MEDIATOR_ONLY },
      ok: { status: 200, description: '{current}' },
      errors: [403, 409],
      handler: async ({ session, actor, res }) => {
        const current = await ctx.commands.onControl(session, actor, (control, c) =>
          nextCoachingSession(control, {}, c),
        )
        res.json({ current })
      },
    }),
    route(ctx, {
      method: 'put',
      path: '/api/sessions/:id/coaching/progress',
      summary: 'The client (or the coach) scores a goal 0-10 in the current session (COACH-6)',
      access: coachAndClient,
      body: CoachingProgressBody,
      ok: { status: 204, description: 'scored' },
      errors: [403, 409],
      handler: async ({ session, actor, body, res }) => {
        await ctx.commands.onControl(session, actor, (control, c) => rateGoal(control, body, c))
        res.status(204).end()
      },
    }),
  ]
}
