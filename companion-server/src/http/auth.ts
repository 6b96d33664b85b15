import type { Request } from 'express'
import { actorIn, type Caller, type Credential, isExpiredInvite, resolveCredential } from '../auth/actor'
import { forbidden, HttpError, notFound, unauthorized } from '../errors'
import type { MediatorRecord, SessionRecord } from '../store/meta-types'
import type { AppContext } from './context'

/** The bearer credential of the request (login token or invite token), or 401. */
export function credentialOf(ctx: AppContext, req: Request): Credential {
  const header = req.get('authorization') ?? ''
  const match = /^Bearer\s+(\S+)$/i.exec(header)
  const token = match?.[1]
  const found = token ? resolveCredential(ctx.directory, token, ctx.now()) : null
  if (found) return found
  if (token && isExpiredInvite(ctx.directory, token, ctx.now())) {
    throw unauthorized('this invite link has expired; ask your mediator for a new link', 'AUTH-EXPIRED')
  }
  throw unauthorized()
}

/** The mediator behind a login token, or 401/403. */
export function mediatorOf(ctx: AppContext, req: Request): MediatorRecord {
  const c = credentialOf(ctx, req)
  if (c.kind !== 'mediator') throw forbidden('only a mediator may do this', 'MEDIATOR-ONLY')
  return c.mediator
}

/**
 * The session named by `:id` and the caller's actor in it. Unknown sessions and sessions the caller has no
 * part in are both 404; a damaged session file is 503.
 */
export function sessionOf(
  ctx: AppContext,
  req: Request,
  id: string,
): { session: SessionRecord; actor: Caller; credential: Credential } {
  const credential = credentialOf(ctx, req)
  const session = ctx.directory.session(id)
  const actor = session ? actorIn(credential, session) : null
  if (!session || !actor) throw notFound('SESSION-NOT-FOUND', 'session')
  const down = ctx.unavailable(session.id)
  if (down) throw new HttpError(503, down, { code: 'SERVICE-DOWN' })
  return { session, actor, credential }
}

/** Like sessionOf, but only the owning mediator passes (others: 403). */
export function ownedSession(ctx: AppContext, req: Request, id: string) {
  const found = sessionOf(ctx, req, id)
  if (found.actor.role !== 'mediator') throw forbidden('only the mediator may do this', 'MEDIATOR-ONLY')
  return found
}

/** Reads a route parameter (Express 5 types them as string | string[]). */
export function param(req: Request, name: string): string {
  const v = req.params[name]
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '')
}
