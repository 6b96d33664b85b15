import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import { isRuleId, parseCommand } from '@mediation/core/domain'
import { type ApiError, isErrorCode, PartyCommand } from '@mediation/protocol'
import fc from 'fast-check'
import { api, createSessionWithParties, startServer, type TestServer } from '../support/server'

const run = promisify(execFile)
const root = new URL('../../', import.meta.url).pathname

interface Operation {
  'x-access': { auth: string; sessionId?: string; roles?: string[] }
  requestBody?: { content: { 'application/json': { schema: Record<string, unknown> } } }
  responses: Record<string, { content?: { 'application/json': { schema: Record<string, unknown> } } }>
}
type Doc = { paths: Record<string, Record<string, Operation>> }

/** The domain's verdict on `body`: the parsed command, or null when it refuses. */
function domainVerdict(body: unknown): unknown {
  try {
    return parseCommand(body)
  } catch {
    return null
  }
}

/** Ids and titles (1–200), descriptions (≤ 10 000, optional), sticking point refs (also null): fitting and not. */
const SHORT = fc.oneof(
  fc.string({ minLength: 1, maxLength: 8 }),
  fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201)),
  fc.integer(),
)
const LONG = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('x'.repeat(10_000), 'x'.repeat(10_001), undefined),
  fc.boolean(),
)
const REF = fc.oneof(SHORT, fc.constantFrom(null, undefined))
/** A caucus room's sides (CAUCUS-11): short ids, sometimes none, too many or not ids. */
const SIDES = fc.oneof(
  fc.array(SHORT, { minLength: 1, maxLength: 3 }),
  fc.constant([]),
  fc.constant(Array.from({ length: 51 }, (_, i) => `s${i}`)),
)
const ROOMS = fc.array(SIDES, { minLength: 1, maxLength: 3 })

/** Each command's own fields, with values that fit and values that do not. */
const FIELDS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  raiseHand: {},
  lowerHand: {},
  acceptRules: {
    version: fc.oneof(
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: -2, max: 0 }),
      fc.double(),
      fc.string(),
    ),
    hash: fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constantFrom('', 'x'.repeat(200), 'x'.repeat(201)),
      fc.integer(),
    ),
  },
  signAgreement: {
    versionId: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constant(''), fc.boolean()),
    hash: fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constant('x'.repeat(201))),
    typedName: fc.oneof(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.constant(''),
      fc.constant('x'.repeat(201)),
    ),
    consent: fc.oneof(fc.boolean(), fc.constant('yes')),
  },
  setParticulars: {
    participantId: SHORT,
    name: SHORT,
    address: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('x'.repeat(300), 'x'.repeat(301)),
      fc.nat(),
    ),
    birthDate: fc.oneof(fc.constantFrom('1980-05-01', '', '1980-05-011'), fc.boolean()),
    agreementId: fc.oneof(SHORT, fc.constant(undefined)),
  },
  startAgreement: { kind: SHORT },
  setAgreementKind: { kind: SHORT, agreementId: fc.oneof(SHORT, fc.constant(undefined)) },
  setConsiderations: {
    considerations: fc.oneof(
      fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
      fc.constant(Array.from({ length: 31 }, () => 'x')),
      fc.constant(['x'.repeat(10_001)]),
      fc.constant([1]),
      fc.string(),
    ),
    agreementId: fc.oneof(SHORT, fc.constant(undefined)),
  },
  setPlaceAndDate: {
    place: fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('x'.repeat(200), 'x'.repeat(201)), fc.nat()),
    date: fc.oneof(fc.constantFrom('2026-12-03', '', '2026-12-033'), fc.boolean()),
    agreementId: fc.oneof(SHORT, fc.constant(undefined)),
  },
  reportSpeaking: {
    speaking: fc.oneof(fc.boolean(), fc.constant('yes')),
    at: fc.oneof(
      fc.nat(),
      fc.integer({ min: -5, max: -1 }),
      fc.double(),
      fc.constant(null),
      fc.constant(undefined),
    ),
  },
  reportMuted: {
    muted: fc.oneof(fc.boolean(), fc.constant(0)),
    at: fc.oneof(fc.nat(), fc.double({ noNaN: true }), fc.constant(undefined)),
  },
  setPhase: { phase: fc.oneof(fc.constantFrom('intake', 'opening', 'joint', 'caucus', 'closed'), SHORT) },
  planCaucus: { groups: fc.oneof(ROOMS, fc.constant([]), fc.constant([[]]), SHORT) },
  changeCaucus: {
    groups: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record({ room: fc.oneof(SHORT, fc.constant(undefined)), sides: fc.oneof(SIDES, SHORT) }),
          fc.record({ sides: SIDES, extra: SHORT }),
          SIDES,
        ),
        { minLength: 1, maxLength: 3 },
      ),
      fc.constant([]),
      fc.constant(Array.from({ length: 51 }, () => ({ sides: ['A'] }))),
    ),
  },
  addIdea: { title: SHORT, description: LONG, pointId: REF },
  editIdea: { id: SHORT, title: fc.oneof(SHORT, fc.constant(undefined)), description: LONG, pointId: REF },
  withdrawIdea: { id: SHORT },
  setInterests: {
    id: SHORT,
    text: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('x'.repeat(2000), 'x'.repeat(2001)),
      fc.nat(),
    ),
  },
  addPoint: { title: SHORT, description: LONG },
  editPoint: { id: SHORT, title: fc.oneof(SHORT, fc.constant(undefined)), description: LONG },
}

/** Bodies near the real commands: known and unknown types, fields right and wrong, missing or foreign. */
const nearCommand = fc
  .constantFrom(...Object.keys(FIELDS), 'nope')
  .chain((type) =>
    fc.tuple(
      fc.record({ type: fc.constant(type), ...(FIELDS[type] ?? {}) }),
      fc.integer({ min: 0, max: 5 }),
      fc.anything(),
    ),
  )
  .map(([body, twist, foreign]) => {
    const out: Record<string, unknown> = { ...body }
    if (twist === 0) out.foreign = foreign
    if (twist === 1) delete out[Object.keys(out).find((k) => k !== 'type') ?? 'type']
    return JSON.parse(JSON.stringify(out)) as unknown
  })

describe('one wire contract: protocol schemas drive parsing, OpenAPI and access', () => {
  let server: TestServer
  before(async () => {
    const jitsi = jitsiConfigFromEnv({ JITSI_DOMAIN: 'meet.example.org' }, () => '', '/nonexistent')
    server = await startServer({ routers: [jitsiMount(jitsi)] })
  })
  after(() => server.stop())

  it('CMD-1 the protocol schema accepts exactly the commands the domain accepts, with the same result', () => {
    fc.assert(
      fc.property(fc.oneof(nearCommand, fc.anything()), (body) => {
        const wire = PartyCommand.safeParse(body)
        const domain = domainVerdict(body)
        assert.equal(wire.success, domain !== null, JSON.stringify(body))
        if (wire.success) assert.deepEqual(wire.data, domain)
      }),
      { numRuns: 3000 },
    )
  })

  it('the OpenAPI document shows commands as a discriminated union and JSON answers with their schemas', async () => {
    const doc = (await api<Doc>(server, null, 'GET', '/api/openapi.json')).body
    const commands = doc.paths['/api/sessions/{id}/commands']!.post!
    const schema = commands.requestBody!.content['application/json'].schema as {
      oneOf?: { properties: { type: { const: string } } }[]
      anyOf?: { properties: { type: { const: string } } }[]
    }
    const variants = (schema.oneOf ?? schema.anyOf ?? []).map((v) => v.properties.type.const)
    assert.deepEqual(variants.sort(), [
      'acceptRules',
      'addIdea',
      'addPoint',
      'changeCaucus',
      'clauseFromOption',
      'editIdea',
      'editPoint',
      'endMeeting',
      'lowerHand',
      'markSpeaker',
      'planCaucus',
      'raiseHand',
      'reportMuted',
      'reportSpeaking',
      'setAgreementKind',
      'setConsiderations',
      'setInterests',
      'setParticulars',
      'setPhase',
      'setPlaceAndDate',
      'signAgreement',
      'startAgreement',
      'tickAction',
      'withdrawIdea',
    ])
    assert.deepEqual(commands.responses['200']!.content!['application/json'].schema.properties, {
      ok: { type: 'boolean', const: true },
      id: { type: 'string' },
    })
    assert.ok(commands.responses['409']!.content, 'error answers carry the ApiError schema')
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (!path.startsWith('/api/') || path === '/api/openapi.json') continue
        assert.ok(
          ['none', 'credential', 'mediator', 'session'].includes(op['x-access'].auth),
          `${method} ${path}`,
        )
      }
    }
    const jitsi = doc.paths['/api/sessions/{id}/jitsi/knock']!.post!
    assert.deepEqual(jitsi['x-access'], { auth: 'session', sessionId: 'path', roles: ['mediator'] })
    assert.ok(jitsi.requestBody!.content['application/json'].schema.properties, 'the knock body schema')
    const room = doc.paths['/api/sessions/{id}/jitsi/room']!.get! as Operation & {
      parameters: { name: string; in: string }[]
    }
    assert.ok(room.responses['200']!.content!['application/json'].schema.properties, 'the room answer schema')
    assert.ok(
      room.parameters.some((p) => p.name === 'want' && p.in === 'query'),
      'the ?want= query',
    )
    const me = doc.paths['/api/me']!.get!
    assert.ok(
      me.responses['200']!.content!['application/json'].schema.properties,
      'GET /api/me has its schema',
    )
  })

  it('every declared route enforces its declaration: no credential → 401; a party on a mediator-only route → 403; each answer with a worded code (ERR-1)', async () => {
    const doc = (await api<Doc>(server, null, 'GET', '/api/openapi.json')).body
    const s = await createSessionWithParties(server, { sides: ['A'] })
    let checked = 0
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const access = op['x-access']
        if (!access || access.auth === 'none') continue
        const url = path.replace('{id}', s.sessionId).replace(/\{[A-Za-z]+\}/g, 'x')
        const body = access.sessionId === 'body' ? { sessionId: s.sessionId } : {}
        const anon = await api(server, null, method.toUpperCase(), url, method === 'get' ? undefined : body)
        assert.equal(anon.status, 401, `${method} ${path} without a credential`)
        assert.ok(isErrorCode((anon.body as ApiError).code), `${method} ${path}: a code pages word (ERR-1)`)
        if (access.roles && !access.roles.includes('party')) {
          const party = await api(
            server,
            s.invites.A!,
            method.toUpperCase(),
            url,
            method === 'get' ? undefined : {},
          )
          assert.equal(party.status, 403, `${method} ${path} as a party`)
          const code = (party.body as ApiError).code
          const worded = isErrorCode(code) || isRuleId(code) || code?.startsWith('prep/') // refusalText words these
          assert.ok(worded, `${method} ${path} as a party: ${code} is worded`)
        }
        checked++
      }
    }
    assert.ok(checked >= 25, `checked ${checked} routes`)
  })

  it('a route without a declared access, or made by hand, fails the type check', async () => {
    const fixture = join(root, 'test/fixtures/route-auth/tsconfig.json')
    const out = await run(join(root, 'node_modules/.bin/tsc'), ['-p', fixture], { cwd: root }).then(
      () => null,
      (err: { stdout?: string }) => err.stdout ?? '',
    )
    assert.ok(out !== null, 'the fixture must fail the type check')
    assert.match(out, /no-access\.ts\(\d+,\d+\): error TS2345[\s\S]*Property 'access' is missing/)
    assert.match(out, /hand-made\.ts\(\d+,\d+\): error TS2741: Property '\[checked\]' is missing/)
    assert.doesNotMatch(out, /declared\.ts/, 'the same route with its access declared compiles')
  })
})
