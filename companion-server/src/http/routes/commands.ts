import { parseCommand } from '@mediation/core/domain'
import { CommandResponse, PartyCommand } from '@mediation/protocol'
import { type ErrorDetail, HttpError } from '../../errors'
import { IDEMPOTENCY_KEY } from '../../services/idempotency'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'
import { checkInput } from '../validate'

/**
 * A body the wire schema refuses is refused in the domain's words (CMD-1): the schema and `parseCommand`
 * accept the same bodies (a property test checks it), and the domain's message names the field at fault.
 */
function refuseCommand(raw: unknown, details: ErrorDetail[]): Error {
  checkInput(() => parseCommand(raw))
  return new HttpError(400, details[0]?.message ?? 'invalid command', { code: 'CMD-1', details })
}

/** Party commands: what a party changes in a document it may only read, applied with the server's clock. */
export function commandRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/commands',
      summary:
        'Apply a PartyCommand (raise hand, accept rules, sign, the board…) with the server clock; rule conflict → 409',
      access: { auth: 'session' },
      body: PartyCommand,
      refuse: refuseCommand,
      ok: {
        status: 200,
        description: '{ok: true} and, for addIdea and addPoint, the new id',
        schema: CommandResponse,
      },
      errors: [409],
      // CMD-4: a repeat with the same key (the outbox's retry after an unknown outcome) is answered, not applied.
      optionalHeaders: ['Idempotency-Key'],
      handler: async ({ session, actor, body, req, res }) => {
        const key = req.get('idempotency-key')
        if (key !== undefined && !IDEMPOTENCY_KEY.test(key))
          throw new HttpError(400, 'Idempotency-Key: 1 to 100 letters, digits, - or _', {
            code: 'BAD-INPUT',
            details: [{ path: 'Idempotency-Key', message: 'invalid key', issue: 'invalid_format' }],
          })
        const id = await ctx.commands.apply(session, actor, body, key)
        res.json(id === undefined ? { ok: true } : { ok: true, id })
      },
    }),
  ]
}
