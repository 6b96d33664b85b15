/**
 * Public verification: anyone holding a code checks that a document matches what was signed. The answer is
 * match / no match and nothing else about the session (no title, names, dates or hash).
 */
import { exportHash, normalizeCode, textHash } from '@mediation/core/record'
import { VerifyBody, VerifyResponse } from '@mediation/protocol'
import { addressBudget } from '../auth/login-limiter'
import { HttpError, notFound } from '../errors'
import type { AppContext } from '../http/context'
import { type RouteDef, route } from '../http/route'
import type { RecordService } from './record-service'

export function verifyRoutes(ctx: AppContext, record: RecordService): RouteDef[] {
  // Codes are 100 bits, but a guessing loop still costs hashing: 30 checks a minute per address.
  const budget = addressBudget(30, 60, 'LIMIT-VERIFY')
  return [
    route(ctx, {
      method: 'post',
      path: '/api/verify',
      summary: 'Check a document against a verification code: {code, text} or {code, json} → {match}',
      access: { auth: 'none' },
      body: VerifyBody,
      ok: { status: 200, description: '{match: boolean, reason?}', schema: VerifyResponse },
      errors: [400, 404],
      handler: async ({ body, req, res }) => {
        await budget(req.ip ?? '')
        const code = normalizeCode(body.code)
        if (!code) {
          throw new HttpError(400, 'this is not a verification code; check it character by character', {
            code: 'VERIFY-BAD-CODE',
            details: [{ path: 'code', message: 'expected 21 characters such as ABCD-EFGH-JKMN-PQRS-TVWX-Y' }],
          })
        }
        const entry = await record.codeEntry(code, (id) => ctx.directory.session(id) !== undefined)
        if (!entry) throw notFound('VERIFY-NOT-FOUND', 'verification code')
        const submitted =
          body.text !== undefined ? { ok: true as const, hash: textHash(body.text) } : exportHash(body.json)
        const answer: VerifyResponse = submitted.ok
          ? submitted.hash === entry.hash
            ? { match: true }
            : { match: false, reason: 'different-text' }
          : { match: false, reason: submitted.reason }
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
    verifyPageRoute(ctx),
  ]
}

/**
 * `/verify` (printed on every agreement) opens the verification mode of the agreement page bundle. A code to
 * prefill travels in the fragment (`/verify#code=...`), which browsers keep across the redirect and never send
 * to the server, so codes do not end up in request logs.
 */
export function verifyPageRoute(ctx: AppContext): RouteDef {
  return route(ctx, {
    method: 'get',
    path: '/verify',
    summary: 'The public verification page (redirects to the agreement bundle in verify mode)',
    access: { auth: 'none' },
    ok: { status: 302, description: 'redirect to /agreement/?verify' },
    handler: ({ res }) => res.redirect(302, '/agreement/?verify'),
  })
}
