import type { Role } from '@mediation/protocol'
import type { Request, RequestHandler, Response } from 'express'
import type { z } from 'zod'
import type { Caller, Credential } from '../auth/actor'
import { forbidden, HttpError } from '../errors'
import type { MediatorRecord, SessionRecord } from '../store/meta-types'
import { credentialOf, mediatorOf, param, sessionOf } from './auth'
import type { AppContext } from './context'
import { detailOf, parse } from './validate'

/** Which roles in the session may call a route, and the refusal everyone else gets. */
export interface RoleGate {
  allow: readonly Role[]
  denied: () => Error
}

/** Only the session's own mediator (others in the session: 403; strangers: 404). */
export const MEDIATOR_ONLY: RoleGate = {
  allow: ['mediator'],
  denied: () => forbidden('only the mediator may do this', 'MEDIATOR-ONLY'),
}

/**
 * Who may call a route: anyone, any valid credential, a mediator's login token, or someone in the session
 * named by `:id` (or by the body's `sessionId`), optionally only in some roles.
 */
export type Access =
  | { auth: 'none' }
  | { auth: 'credential' }
  | { auth: 'mediator' }
  | {
      auth: 'session'
      sessionIdFrom?: 'path' | 'body'
      roles?: RoleGate
      /**
       * SESSION-6: a route that changes the session answers 409 SESSION-ARCHIVED while it is archived; `allowed`
       * marks the few that must still work then (status, deletion, revoking, tickets for read-only sockets).
       */
      whenArchived?: 'allowed'
    }

/** What the access check proved, handed to the handler. */
type Proven<A extends Access> = A extends { auth: 'session' }
  ? { session: SessionRecord; actor: Caller; credential: Credential }
  : A extends { auth: 'mediator' }
    ? { mediator: MediatorRecord }
    : A extends { auth: 'credential' }
      ? { credential: Credential }
      : Record<never, never>

type BodyOf<S> = S extends z.ZodType ? z.output<S> : undefined

/** A query string's schema: an object of its parameters. */
export type QuerySchema = z.ZodObject

/**
 * A handler's argument: the checked caller, the parsed body and query, and the request and response for the
 * rest.
 */
export type Checked<A extends Access, S, Q = undefined, C = undefined> = Proven<A> & {
  body: BodyOf<S>
  query: BodyOf<Q>
  /** What the route's `context` proved (e.g. Zoom's signed app context); undefined without one. */
  context: C
  req: Request
  res: Response
}

/**
 * A second proof a route demands besides its credential: a signed header the platform issues (Zoom's
 * `X-Zoom-App-Context`). `prove` throws the refusal; the header is listed in the OpenAPI document.
 */
export interface ContextProof<C> {
  header: string
  prove: (req: Request) => C
}

/** One API route as it is written: the declaration is what is enforced and what the OpenAPI document shows. */
export interface RouteSpec<
  A extends Access,
  S extends z.ZodType | undefined,
  Q extends QuerySchema | undefined = undefined,
  C = undefined,
> {
  method: 'get' | 'post' | 'put' | 'delete'
  path: string
  summary: string
  access: A
  body?: S
  /** The query parameters, checked after the caller (a bad query is a 400 like a bad body). */
  query?: Q
  /** The refusal of a body the schema rejects (default: 400 `invalid request body` with every issue). */
  refuse?: (raw: unknown, details: { path: string; message: string }[]) => Error
  /** Success status, a short description, and the answer's schema where it is JSON. */
  ok: { status: number; description: string; schema?: z.ZodType }
  /** Extra error statuses worth documenting beyond the common ones. */
  errors?: readonly number[]
  headers?: readonly string[]
  /** Headers a caller may send (documented as optional). */
  optionalHeaders?: readonly string[]
  /** A second proof, checked right after the caller. */
  context?: ContextProof<C>
  handler: (c: Checked<A, S, Q, C>) => unknown
}

declare const checked: unique symbol

/** A route made by `route()`; only that function makes one, so no route skips its access check. */
export interface RouteDef {
  readonly method: RouteSpec<Access, undefined>['method']
  readonly path: string
  readonly summary: string
  readonly access: Access
  readonly body: z.ZodType | undefined
  readonly query: QuerySchema | undefined
  readonly ok: RouteSpec<Access, undefined>['ok']
  readonly errors: readonly number[]
  readonly headers: readonly string[]
  /** Headers a caller may leave out (listed as optional in the OpenAPI document). */
  readonly optionalHeaders?: readonly string[]
  /** The header of the route's second proof, if it has one. */
  readonly contextHeader: string | null
  readonly handler: RequestHandler
  readonly [checked]: true
}

function readBody(
  spec: RouteSpec<Access, z.ZodType | undefined, QuerySchema | undefined, unknown>,
  raw: unknown,
): unknown {
  if (!spec.body) return undefined
  if (!spec.refuse) return parse(spec.body, raw)
  const result = spec.body.safeParse(raw)
  if (result.success) return result.data
  throw spec.refuse(raw, result.error.issues.map(detailOf))
}

function prove(ctx: AppContext, access: Access, req: Request, body: unknown): object {
  if (access.auth === 'none') return {}
  if (access.auth === 'credential') return { credential: credentialOf(ctx, req) }
  if (access.auth === 'mediator') return { mediator: mediatorOf(ctx, req) }
  const id = access.sessionIdFrom === 'body' ? (body as { sessionId: string }).sessionId : param(req, 'id')
  const found = sessionOf(ctx, req, id)
  if (access.roles && !access.roles.allow.includes(found.actor.role)) throw access.roles.denied()
  if (found.session.status === 'archived' && req.method !== 'GET' && access.whenArchived !== 'allowed')
    throw new HttpError(409, 'the session is archived: it can be read, not changed', {
      code: 'SESSION-ARCHIVED',
    })
  return found
}

/**
 * Builds a route whose declaration does the checking: credential, session and role first, then the body
 * (the body first when it names the session), then the route's second proof (`context`), then the query, then the handler with `{session, actor, body,
 * query}`.
 */
export function route<
  A extends Access,
  S extends z.ZodType | undefined = undefined,
  Q extends QuerySchema | undefined = undefined,
  C = undefined,
>(ctx: AppContext, spec: RouteSpec<A, S, Q, C>): RouteDef {
  const general = spec as unknown as RouteSpec<
    Access,
    z.ZodType | undefined,
    QuerySchema | undefined,
    unknown
  >
  const bodyFirst =
    spec.access.auth === 'none' || (spec.access.auth === 'session' && spec.access.sessionIdFrom === 'body')
  const handler: RequestHandler = (req, res) => {
    let body: unknown
    if (bodyFirst) body = readBody(general, req.body)
    const proven = prove(ctx, spec.access, req, body)
    const context = general.context?.prove(req)
    if (!bodyFirst) body = readBody(general, req.body)
    const query = general.query ? parse(general.query, req.query) : undefined
    return general.handler({ ...proven, body, query, context, req, res } as Checked<
      Access,
      z.ZodType | undefined,
      QuerySchema | undefined,
      unknown
    >)
  }
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    access: spec.access,
    body: spec.body,
    query: spec.query,
    ok: spec.ok,
    errors: spec.errors ?? [],
    headers: [...(spec.headers ?? []), ...(spec.context ? [spec.context.header] : [])],
    optionalHeaders: spec.optionalHeaders ?? [],
    contextHeader: spec.context?.header ?? null,
    handler,
  } as Omit<RouteDef, typeof checked> as RouteDef
}
