/**
 * Public verification: anyone holding a code checks that a document matches what was signed. The answer is
 * match / no match and nothing else about the session (no title, names, dates or hash).
 */
import { copyHoldsPassage, exportHash, normalizeCode, textHash } from '@mediation/core/record'
import { VerifyBody, VerifyResponse } from '@mediation/protocol'
import { addressBudget } from '../auth/login-limiter'
import { HttpError, notFound } from '../errors'
import type { AppContext } from '../http/context'
import { type RouteDef, route } from '../http/route'
import { agreementPaper } from './agreement-pdf'
import type { RecordService } from './record-service'

export function verifyRoutes(ctx: AppContext, record: RecordService): RouteDef[] {
  // Codes are 100 bits, but a guessing loop still costs hashing: 30 checks a minute per address.
  const budget = addressBudget(30, 60, 'LIMIT-VERIFY')
  // Laying out the pages costs a PDF rendering: a version's printed passage is kept for a few minutes.
  const papers = recentlyMade<Awaited<ReturnType<typeof agreementPaper>>>(32, 5 * 60_000, ctx.now)
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
        const found = await record.codeEntry(code, (id) => ctx.directory.session(id) !== undefined)
        const session = found ? ctx.directory.session(found.sessionId) : undefined
        if (!found || !session) throw notFound('VERIFY-NOT-FOUND', 'verification code')
        const { entry } = found
        const submitted =
          body.text !== undefined ? { ok: true as const, hash: textHash(body.text) } : exportHash(body.json)
        let answer: VerifyResponse = submitted.ok
          ? submitted.hash === entry.hash
            ? { match: true }
            : { match: false, reason: 'different-text' }
          : { match: false, reason: submitted.reason }
        // SIGN-15: not the exact text, but perhaps a copy of the PDF's pages: compare it with what they print.
        if (!answer.match && body.text !== undefined) {
          const paper = await papers(`${session.id}/${entry.versionId}`, async () =>
            agreementPaper(await record.agreement(session, entry.versionId), { timeZone: record.timeZone }),
          )
          if (copyHoldsPassage(body.text, paper.passage, paper.footers)) answer = { match: true }
        }
        res.set('cache-control', 'no-store').json(answer)
      },
    }),
    verifyPageRoute(ctx),
  ]
}

/** A small cache: at most `size` values made by `make`, each for `ttl` ms (the oldest dropped first). */
function recentlyMade<T>(size: number, ttl: number, now: () => number) {
  const kept = new Map<string, { at: number; value: Promise<T> }>()
  return (key: string, make: () => Promise<T>): Promise<T> => {
    const hit = kept.get(key)
    if (hit && now() - hit.at < ttl) return hit.value
    const value = make()
    kept.delete(key)
    kept.set(key, { at: now(), value })
    value.catch(() => kept.delete(key))
    while (kept.size > size) kept.delete(kept.keys().next().value as string)
    return value
  }
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
