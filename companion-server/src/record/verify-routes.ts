/**
 * Public verification: anyone holding a code checks that a document matches what was signed. The answer is
 * match / no match and nothing else about the session (no title, names, dates or hash).
 */
import { exportHash, normalizeCode, textHash } from '@mediation/core/record'
import { z } from 'zod'
import { HttpError, notFound } from '../errors'
import type { AppContext } from '../http/context'
import type { RouteDef } from '../http/route'
import { parse } from '../http/validate'
import type { RecordService } from './record-service'

export const VerifyBody = z
  .object({
    code: z.string().min(1).max(64),
    text: z.string().min(1).max(200_000).optional(),
    json: z.unknown().optional(),
  })
  .strict()
  .refine((b) => (b.text === undefined) !== (b.json === undefined), {
    message: 'send exactly one of text (the agreement text) or json (the JSON export)',
    path: ['text'],
  })

/** What POST /api/verify answers. `reason` only ever describes the submitted document. */
export interface VerifyResponse {
  match: boolean
  reason?: 'different-text' | 'not-an-export' | 'inconsistent'
}

export function verifyRoutes(ctx: AppContext, record: RecordService): RouteDef[] {
  return [
    {
      method: 'post',
      path: '/api/verify',
      summary: 'Check a document against a verification code: {code, text} or {code, json} → {match}',
      auth: 'none',
      body: VerifyBody,
      ok: { status: 200, description: '{match: boolean, reason?}' },
      errors: [400, 404],
      handler: async (req, res) => {
        const body = parse(VerifyBody, req.body)
        const code = normalizeCode(body.code)
        if (!code) {
          throw new HttpError(400, 'this is not a verification code; check it character by character', {
            details: [{ path: 'code', message: 'expected 21 characters such as ABCD-EFGH-JKMN-PQRS-TVWX-Y' }],
          })
        }
        const entry = await record.codeEntry(code, (id) => ctx.directory.session(id) !== undefined)
        if (!entry) throw notFound('verification code')
        const submitted =
          body.text !== undefined ? { ok: true as const, hash: textHash(body.text) } : exportHash(body.json)
        const answer: VerifyResponse = submitted.ok
          ? submitted.hash === entry.hash
            ? { match: true }
            : { match: false, reason: 'different-text' }
          : { match: false, reason: submitted.reason }
        res.set('cache-control', 'no-store').json(answer)
      },
    },
    verifyPageRoute(),
  ]
}

/**
 * `/verify` (printed on every agreement) opens the verification mode of the agreement page bundle. A code to
 * prefill travels in the fragment (`/verify#code=...`), which browsers keep across the redirect and never send
 * to the server, so codes do not end up in request logs.
 */
export function verifyPageRoute(): RouteDef {
  return {
    method: 'get',
    path: '/verify',
    summary: 'The public verification page (redirects to the agreement bundle in verify mode)',
    auth: 'none',
    ok: { status: 302, description: 'redirect to /agreement/?verify' },
    handler: (_req, res) => res.redirect(302, '/agreement/?verify'),
  }
}
