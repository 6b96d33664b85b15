import { ending, endSession, getPhase, reopenSession } from '@mediation/core/domain'
import { EndingResponse, EndSessionBody } from '@mediation/protocol'
import { HttpError } from '../../errors'
import type { AppContext } from '../context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../route'

const mediator = { auth: 'session', roles: MEDIATOR_ONLY } as const

/** Ending a session with an outcome (PHASE-5) and reopening it for aftercare (PHASE-7): the mediator only, dated by the server. */
export function endingRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/ending',
      summary:
        'The recorded ending (outcome, note, date) for everyone in the session, the secretariat too (PHASE-9); 409 SESSION-NOT-ENDED before any',
      access: { auth: 'session' },
      ok: { status: 200, description: 'the recorded ending', schema: EndingResponse },
      errors: [409],
      handler: async ({ session, res }) => {
        const out = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => {
          const r = ending(control!)
          return r && { ...r, phase: getPhase(control!) }
        })
        if (!out) throw new HttpError(409, 'this session has not ended', { code: 'SESSION-NOT-ENDED' })
        res.json(out)
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/ending',
      summary:
        'End the session from any phase with an outcome and an optional note (PHASE-5); a running caucus and the floor end too',
      access: mediator,
      body: EndSessionBody,
      ok: { status: 200, description: 'the recorded ending', schema: EndingResponse },
      errors: [403, 409],
      handler: async ({ session, actor, body, res }) => {
        const out = await ctx.commands.onControl(session, actor, (control, c) => {
          const r = endSession(control, body, c)
          return { outcome: r.outcome, note: r.note, at: r.at, by: r.by, phase: getPhase(control) }
        })
        res.json(out)
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/reopen',
      summary: 'Reopen an ended session for aftercare (PHASE-7): closed → aftercare, logged',
      access: mediator,
      ok: { status: 204, description: 'reopened' },
      errors: [403, 409],
      handler: async ({ session, actor, res }) => {
        await ctx.commands.onControl(session, actor, (control, c) => reopenSession(control, {}, c))
        res.status(204).end()
      },
    }),
  ]
}
