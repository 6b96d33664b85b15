import { ApiError } from '@mediation/protocol'
import { z } from 'zod'
import type { RouteDef } from './route'

// Every error body names a `code` (a SPEC rule id, a prep/... refusal or one of ERROR_CODES); clients word the
// code, `error` and `message` are English for API users.
const STATUS_TEXT: Record<number, string> = {
  400: 'invalid input (code BAD-INPUT, details:[{path, message, issue, minimum?, maximum?}])',
  401: 'missing or invalid credential',
  403: 'not allowed for this role',
  404: 'unknown id (or not yours)',
  409: 'conflict (stale revision or a domain rule; code names the rule)',
  413: 'body too large',
  428: 'If-Match required',
  429: 'too many attempts',
  503: 'session data unavailable (damaged file)',
}

/** Express path `/a/:id` → OpenAPI `/a/{id}`. */
export const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}')

const json = (schema: z.ZodType, io: 'input' | 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io }) },
})
const errorBody = json(ApiError, 'output')

/** Who may call, in words and as an extension field (`x-access`) tools can read. */
function accessOf(r: RouteDef) {
  const a = r.access
  const proof = r.contextHeader ? { context: r.contextHeader } : {}
  if (a.auth !== 'session') return { auth: a.auth, ...proof }
  return {
    auth: a.auth,
    ...proof,
    sessionId: a.sessionIdFrom ?? 'path',
    ...(a.roles ? { roles: a.roles.allow } : {}),
  }
}

/** The query parameters of a route, from its query schema: one parameter per property. */
function queryParameters(r: RouteDef) {
  if (!r.query) return []
  const schema = z.toJSONSchema(r.query, { io: 'input' }) as {
    properties?: Record<string, unknown>
    required?: string[]
  }
  return Object.entries(schema.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: s,
  }))
}

/** One operation object: parameters, body schema, the success answer's schema and the error answers. */
function operation(r: RouteDef) {
  const params = [...r.path.matchAll(/:([A-Za-z_]+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }))
  const headers = [
    ...r.headers.map((h) => ({ name: h, in: 'header', required: true, schema: { type: 'string' } })),
    ...(r.optionalHeaders ?? []).map((h) => ({
      name: h,
      in: 'header',
      required: false,
      schema: { type: 'string' },
    })),
  ]
  const query = queryParameters(r)
  const errors = [400, ...(r.access.auth === 'none' ? [] : [401, 403, 404]), 413, ...r.errors]
  const responses: Record<string, unknown> = {
    [r.ok.status]: {
      description: r.ok.description,
      ...(r.ok.schema ? { content: json(r.ok.schema, 'output') } : {}),
    },
  }
  for (const s of errors) responses[s] = { description: STATUS_TEXT[s] ?? 'error', content: errorBody }
  return {
    summary: r.summary,
    'x-access': accessOf(r),
    ...(r.access.auth === 'none' ? { security: [] } : {}),
    parameters: [...params, ...query, ...headers],
    ...(r.body ? { requestBody: { required: true, content: json(r.body, 'input') } } : {}),
    responses,
  }
}

/** The OpenAPI 3.1 document, generated from the same route list the app mounts and from the protocol's schemas. */
export function buildOpenApi(
  routes: RouteDef[],
  extra: { path: string; method: string; summary: string }[] = [],
) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const p = toOpenApiPath(r.path)
    paths[p] ??= {}
    paths[p][r.method] = operation(r)
  }
  for (const e of extra) {
    paths[e.path] ??= {}
    paths[e.path]![e.method] = { summary: e.summary, security: [], responses: { 200: { description: 'ok' } } }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Mediation companion server', version: '0.1.0' },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'login token or invite token' },
      },
    },
    security: [{ bearer: [] }],
    paths,
  }
}
