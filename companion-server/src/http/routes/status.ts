import { getPhase } from '@mediation/core/domain'
import type { SessionStatus } from '@mediation/protocol'
import { param, sessionOf } from '../auth'
import type { AppContext } from '../context'
import type { RouteDef } from '../route'

/** The session's phase for everyone in it, so the secretariat follows it without reading `control` (ACCESS-1). */
export function statusRoutes(ctx: AppContext): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/sessions/:id/status',
      summary: 'Title, kind, phase and language of the session (anyone in it; no content)',
      auth: 'credential',
      ok: { status: 200, description: 'SessionStatus' },
      handler: async (req, res) => {
        const { session } = sessionOf(ctx, req, param(req, 'id'))
        const phase = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => getPhase(control!))
        const body: SessionStatus = {
          title: session.title,
          kind: session.kind,
          phase,
          language: session.language,
        }
        res.json(body)
      },
    },
  ]
}
