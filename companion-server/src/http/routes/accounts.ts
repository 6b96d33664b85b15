import { LoginBody, LoginResponse, MeResponse, SetupBody, SetupStatus } from '@mediation/protocol'
import { mediatorActor } from '../../auth/actor'
import { randomToken, sha256 } from '../../auth/crypto'
import { addressBudget } from '../../auth/login-limiter'
import { hashPassword, verifyPassword } from '../../auth/passwords'
import { HttpError } from '../../errors'
import { createMediator } from '../../services/accounts'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'
import { summary } from './views'

/** First-run setup, login and `me`. */
export function accountRoutes(ctx: AppContext): RouteDef[] {
  let setupBusy = false
  // Setup is open to anyone until the first account exists: a few tries an hour per address is plenty.
  const setupBudget = addressBudget(10, 3600, 'LIMIT-SETUP')
  async function issueLogin(mediatorId: string) {
    const token = randomToken(32)
    const expiresAt = ctx.now() + ctx.loginTtlMs
    await ctx.directory.addLoginToken({ hash: sha256(token), mediatorId, expiresAt }, ctx.now())
    return { token, expiresAt: new Date(expiresAt).toISOString() }
  }
  return [
    route(ctx, {
      method: 'get',
      path: '/api/setup',
      summary: 'Whether first-run setup is still open (no mediator account exists yet): {needed}',
      access: { auth: 'none' },
      ok: { status: 200, description: '{needed: boolean}', schema: SetupStatus },
      handler: ({ res }) => void res.json({ needed: ctx.directory.mediatorCount() === 0 }),
    }),
    route(ctx, {
      method: 'post',
      path: '/api/setup',
      summary: 'Create the first mediator account (only while no account exists); returns a login token',
      access: { auth: 'none' },
      body: SetupBody,
      ok: { status: 201, description: '{mediator, token, expiresAt}', schema: LoginResponse },
      errors: [409],
      handler: async ({ body, req, res }) => {
        await setupBudget(req.ip ?? '')
        // `setupBusy` closes the window between the check and the (slow, scrypt) account creation.
        if (ctx.directory.mediatorCount() > 0 || setupBusy) {
          throw new HttpError(409, 'setup is already done; log in instead', { code: 'SETUP-DONE' })
        }
        setupBusy = true
        const mediator = await createMediator(ctx.directory, body, ctx.now(), ctx.passwordCost).finally(
          () => {
            setupBusy = false
          },
        )
        const login = await issueLogin(mediator.id)
        res
          .status(201)
          .json({ mediator: { id: mediator.id, name: mediator.name, email: mediator.email }, ...login })
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/login',
      summary: 'Log a mediator in; returns an expiring login token (rate-limited per IP and email)',
      access: { auth: 'none' },
      body: LoginBody,
      ok: { status: 200, description: '{mediator, token, expiresAt}', schema: LoginResponse },
      errors: [429],
      handler: async ({ body, req, res }) => {
        const ip = req.ip ?? ''
        // Counted before the (slow) hash, so parallel guesses are all counted before any is tried.
        await ctx.loginLimiter.attempt(body.email, ip)
        const mediator = ctx.directory.mediatorByEmail(body.email)
        let check = { ok: false, rehash: false }
        if (mediator) check = await verifyPassword(body.password, mediator, ctx.passwordCost)
        else await hashPassword(body.password, ctx.passwordCost) // same cost whether or not the email exists
        if (!mediator || !check.ok) {
          await ctx.loginLimiter.failed(body.email)
          throw new HttpError(401, 'wrong email or password', { code: 'LOGIN-WRONG' })
        }
        await ctx.loginLimiter.succeeded(body.email, ip)
        // The only moment the password is known: raise an older or cheaper hash to the current cost.
        if (check.rehash)
          await ctx.directory.setMediatorPassword(
            mediator.id,
            await hashPassword(body.password, ctx.passwordCost),
          )
        const login = await issueLogin(mediator.id)
        res.json({ mediator: { id: mediator.id, name: mediator.name, email: mediator.email }, ...login })
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/logout',
      summary: 'Revoke the login token of this request (it opens nothing afterwards)',
      access: { auth: 'mediator' },
      ok: { status: 204, description: 'revoked' },
      handler: async ({ req, res }) => {
        const token = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? ''
        await ctx.directory.removeLoginToken(sha256(token))
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/me',
      summary: 'Who the credential belongs to (mediator, or participant with their session)',
      access: { auth: 'credential' },
      ok: { status: 200, description: 'MeResponse', schema: MeResponse },
      handler: ({ credential: c, res }) => {
        const body: MeResponse =
          c.kind === 'mediator'
            ? {
                kind: 'mediator',
                mediator: { id: c.mediator.id, name: c.mediator.name, email: c.mediator.email },
                participant: mediatorActor(c.mediator),
              }
            : { kind: 'participant', session: summary(c.session), participant: c.participant }
        res.json(body)
      },
    }),
  ]
}
