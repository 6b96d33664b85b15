import { MediatorProfileSchema } from '@mediation/protocol'
import { mediatorProfile } from '../../services/profile'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'

/** The logged-in mediator's practice profile (what fills the agreement to mediate); no participant reaches it. */
export function profileRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'get',
      path: '/api/profile',
      summary:
        "The mediator's practice profile (name, practice, MfN register number, rate, terms, retention)",
      access: { auth: 'mediator' },
      ok: { status: 200, description: 'MediatorProfile', schema: MediatorProfileSchema },
      handler: ({ mediator, res }) => {
        res.set('cache-control', 'no-store').json(mediatorProfile(ctx.directory, mediator.id))
      },
    }),
    route(ctx, {
      method: 'put',
      path: '/api/profile',
      summary: "Replace the mediator's practice profile; new agreement texts are filled from it",
      access: { auth: 'mediator' },
      body: MediatorProfileSchema,
      ok: { status: 200, description: 'MediatorProfile', schema: MediatorProfileSchema },
      handler: async ({ mediator, body, res }) => {
        await ctx.directory.setMediatorProfile(mediator.id, body)
        res.json(body)
      },
    }),
  ]
}
