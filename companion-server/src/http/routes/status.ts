import { getPhase } from '@mediation/core/domain'
import { SessionStatus } from '@mediation/protocol'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'

/** The session's phase for everyone in it, so the secretariat follows it without reading `control` (ACCESS-1). */
export function statusRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/status',
      summary: 'Title, kind, phase and language of the session (anyone in it; no content)',
      access: { auth: 'session' },
      ok: { status: 200, description: 'SessionStatus', schema: SessionStatus },
      handler: async ({ session, res }) => {
        const phase = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => getPhase(control!))
        const body: SessionStatus = {
          title: session.title,
          kind: session.kind,
          phase,
          language: session.language,
        }
        res.json(body)
      },
    }),
  ]
}
