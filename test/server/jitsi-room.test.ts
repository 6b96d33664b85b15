import assert from 'node:assert/strict'
import { createHmac, generateKeyPairSync, verify } from 'node:crypto'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import type { JitsiRoomResponse } from '@mediation/protocol'
import { endCaucusNow, moveMediatorTo, startCaucusFor, toJointTalks } from '../support/jitsi-session'
import { api, createSessionWithParties, type SessionWithParties, type TestServer } from '../support/server'
import { useServer, withServer } from '../support/use-server'

type Claims = { [k: string]: unknown; context: { user: Record<string, unknown> } }
const decode = (jwt: string) => {
  const [h, p, sig] = jwt.split('.') as [string, string, string]
  return {
    header: JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>,
    claims: JSON.parse(Buffer.from(p, 'base64url').toString()) as Claims,
    signed: `${h}.${p}`,
    sig: Buffer.from(sig, 'base64url'),
  }
}

/** Server options with the Jitsi mount configured from `env`. */
const jitsi = (env: Record<string, string>, readKey: (p: string) => string = () => '') => ({
  routers: [jitsiMount(jitsiConfigFromEnv(env, readKey, '/nonexistent'))],
})
const parties = (server: TestServer) =>
  createSessionWithParties(server, { sides: ['A', 'B'], extra: [{ key: 'sec', role: 'secretariat' }] })
/** Runs `test` on a server of its own, configured from `env`, with parties A and B and a secretariat. */
const onServer = (
  opts: ReturnType<typeof jitsi>,
  test: (server: TestServer, s: SessionWithParties) => Promise<void>,
) => withServer(opts, async (server) => test(server, await parties(server)))
const room = (server: TestServer, s: SessionWithParties, cred: string) =>
  api<JitsiRoomResponse>(server, cred, 'GET', `/api/sessions/${s.sessionId}/jitsi/room`)

describe('Jitsi server: tokens', () => {
  it('JITSI-JWT-1 self-hosted: HS256 per participant, moderator only for the mediator, name and id from the invite', () =>
    onServer(
      jitsi({ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'mediation', JITSI_APP_SECRET: 'k3y' }),
      async (server, s) => {
        const m = await room(server, s, s.mediatorToken)
        const a = await room(server, s, s.invites.A!)
        assert.equal(m.status, 200)
        assert.equal(m.body.tokens, 'hs256')
        assert.equal(m.body.domain, 'meet.example.org')
        for (const [res, who, moderator] of [
          [m, s.participants.mediator!, true],
          [a, s.participants.A!, false],
        ] as const) {
          const t = decode(res.body.jwt!)
          assert.equal(t.header.alg, 'HS256')
          assert.deepEqual(
            t.sig,
            createHmac('sha256', 'k3y').update(t.signed).digest(),
            'signed with the app secret',
          )
          assert.equal(t.claims.iss, 'mediation')
          assert.equal(t.claims.sub, 'meet.example.org')
          assert.equal(t.claims.room, res.body.room, 'the token opens only this room')
          assert.equal(t.claims.context.user.moderator, moderator)
          assert.equal(t.claims.context.user.affiliation, moderator ? 'owner' : 'member')
          assert.equal(t.claims.context.user.id, who.id)
          assert.equal(t.claims.context.user.name, who.name)
          assert.ok((t.claims.exp as number) > Date.now() / 1000)
          assert.equal(res.body.moderator, moderator)
        }
      },
    ))

  it('JITSI-JWT-2 JaaS: RS256 with the key id, moderator "true" only for the mediator, no recording', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const env = {
      JAAS_APP_ID: 'vpaas-magic-cookie-abc',
      JAAS_KEY_ID: 'vpaas-magic-cookie-abc/k1',
      JAAS_PRIVATE_KEY_FILE: '/k.pem',
    }
    await onServer(
      jitsi(env, (p) => (p === '/k.pem' ? pem : '')),
      async (server, s) => {
        const m = await room(server, s, s.mediatorToken)
        const b = await room(server, s, s.invites.B!)
        assert.equal(m.body.domain, '8x8.vc')
        assert.equal(m.body.jaasAppId, 'vpaas-magic-cookie-abc')
        for (const [res, moderator] of [
          [m, 'true'],
          [b, 'false'],
        ] as const) {
          const t = decode(res.body.jwt!)
          assert.deepEqual([t.header.alg, t.header.kid], ['RS256', 'vpaas-magic-cookie-abc/k1'])
          assert.ok(verify('RSA-SHA256', Buffer.from(t.signed), publicKey, t.sig), 'valid signature')
          assert.deepEqual(
            [t.claims.aud, t.claims.iss, t.claims.sub],
            ['jitsi', 'chat', 'vpaas-magic-cookie-abc'],
          )
          assert.equal(t.claims.context.user.moderator, moderator)
          assert.equal(
            (t.claims.context as unknown as { features: Record<string, string> }).features.recording,
            'false',
          )
        }
      },
    )
  })

  it('JITSI-JWT-3 without a key the meeting is open (no token) and meet.jit.si is flagged as a 5-minute demo', () =>
    onServer(jitsi({}), async (server, s) => {
      const m = await room(server, s, s.mediatorToken)
      assert.equal(m.body.jwt, null)
      assert.equal(m.body.tokens, 'none')
      assert.equal(m.body.domain, 'meet.jit.si')
      assert.equal(m.body.demo, true)
    }))

  it('JITSI-JWT-4 refuses half a JaaS or token configuration with a clear message', () => {
    assert.throws(
      () => jitsiConfigFromEnv({ JAAS_APP_ID: 'x' }, () => '', '/'),
      /JAAS_KEY_ID and JAAS_PRIVATE_KEY_FILE/,
    )
    assert.throws(() => jitsiConfigFromEnv({ JITSI_APP_SECRET: 'x' }, () => '', '/'), /JITSI_APP_ID/)
  })
})

describe('Jitsi server: the room endpoint', () => {
  const server = useServer(
    jitsi({ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'mediation', JITSI_APP_SECRET: 'k3y' }),
    { each: true },
  )
  let s: SessionWithParties
  beforeEach(async () => {
    s = await parties(server)
  })

  it('JITSI-ROOM-1 everyone gets the same unguessable main room; the secretariat none (403, no token); strangers get 401/404', async () => {
    const rooms = await Promise.all(
      [s.mediatorToken, s.invites.A!, s.invites.B!].map((c) => room(server, s, c)),
    )
    assert.ok(rooms.every((r) => r.status === 200 && r.body.where.kind === 'main'))
    assert.deepEqual(
      rooms.map((r) => r.body.role),
      ['mediator', 'party', 'party'],
      'the page learns its role',
    )
    const sec = await room(server, s, s.invites.sec!)
    assert.equal(sec.status, 403)
    assert.equal((sec.body as unknown as { code: string }).code, 'JITSI-SECRETARIAT')
    assert.ok(!JSON.stringify(sec.body).includes(rooms[0]!.body.room), 'no room name, no token')
    assert.equal(new Set(rooms.map((r) => r.body.room)).size, 1)
    assert.match(rooms[0]!.body.room, /^mediation[0-9a-f]{32}$/, '128 random-looking bits')
    assert.equal((await room(server, s, 'not-a-credential')).status, 401)
    const other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    const cross = await api(server, other.invites.X!, 'GET', `/api/sessions/${s.sessionId}/jitsi/room`)
    assert.equal(cross.status, 404, 'a participant of another session learns nothing')
  })

  it('JITSI-ROOM-2 a caucus room goes only to its side and the mediator while they are in it; never to the other side', async () => {
    await toJointTalks(server, s)
    const main = (await room(server, s, s.invites.B!)).body.room
    await startCaucusFor(server, s, ['A'])
    const [m, a, b] = await Promise.all(
      [s.mediatorToken, s.invites.A!, s.invites.B!].map((c) => room(server, s, c)),
    )
    assert.deepEqual(a!.body.where, { kind: 'caucus', sideId: s.sides.A })
    assert.deepEqual(m!.body.where, { kind: 'caucus', sideId: s.sides.A })
    assert.equal(m!.body.room, a!.body.room)
    assert.notEqual(a!.body.room, main)
    assert.match(a!.body.room, /^caucus[0-9a-f]{32}$/)
    for (const other of [b!]) {
      assert.deepEqual(other.body.where, { kind: 'main' })
      assert.equal(other.body.room, main)
      assert.ok(
        !JSON.stringify(other.body).includes(a!.body.room),
        'the other side never sees the caucus name',
      )
    }
    const aClaims = decode(a!.body.jwt!).claims
    assert.equal(aClaims.room, a!.body.room, "the party's token is for the caucus room only")

    await moveMediatorTo(server, s, 'main')
    assert.equal(
      (await room(server, s, s.mediatorToken)).body.room,
      main,
      'the mediator follows their own moves',
    )
    assert.equal((await room(server, s, s.invites.A!)).body.room, a!.body.room, 'side A stays in its room')

    await endCaucusNow(server, s)
    for (const c of [s.mediatorToken, s.invites.A!]) assert.equal((await room(server, s, c)).body.room, main)
  })

  it('JITSI-ROOM-3 a new caucus of the same side gets a new room name', async () => {
    await toJointTalks(server, s)
    await startCaucusFor(server, s, ['A'])
    const first = (await room(server, s, s.invites.A!)).body.room
    await endCaucusNow(server, s)
    await startCaucusFor(server, s, ['A'])
    assert.notEqual((await room(server, s, s.invites.A!)).body.room, first)
  })

  it('JITSI-ROOM-4 the mediator may ask for a running caucus room before the move is recorded; a party may not, nor anyone without a caucus', async () => {
    const want = (cred: string, w: string) =>
      api<JitsiRoomResponse>(server, cred, 'GET', `/api/sessions/${s.sessionId}/jitsi/room?want=${w}`)
    await toJointTalks(server, s)
    assert.deepEqual(
      (await want(s.mediatorToken, s.sides.A!)).body.where,
      { kind: 'main' },
      'no caucus: main',
    )
    await startCaucusFor(server, s, ['A', 'B'])
    const mB = await want(s.mediatorToken, s.sides.B!)
    assert.deepEqual(mB.body.where, { kind: 'caucus', sideId: s.sides.B })
    assert.equal(mB.body.room, (await room(server, s, s.invites.B!)).body.room)
    assert.deepEqual((await want(s.invites.A!, s.sides.B!)).body.where, { kind: 'caucus', sideId: s.sides.A })
    assert.deepEqual((await want(s.mediatorToken, 'nope')).body.where, { kind: 'caucus', sideId: s.sides.A })
    assert.equal((await want(s.mediatorToken, '<x>')).status, 400)
  })
})

describe('Jitsi server: endpoint binding', () => {
  const server = useServer(jitsi({}), { each: true })
  let s: SessionWithParties
  beforeEach(async () => {
    s = await parties(server)
  })
  const path = (x: string) => `/api/sessions/${s.sessionId}/jitsi/${x}`

  it('JITSI-BIND-1 a page binds its own endpoint; only the mediator may look bindings up', async () => {
    assert.equal(
      (await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'e1a' })).status,
      204,
    )
    assert.equal(
      (await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'e1a' })).status,
      204,
      'idempotent',
    )
    const looked = await api<{ bindings: Record<string, string> }>(
      server,
      s.mediatorToken,
      'GET',
      path('endpoints?ids=e1a,zz'),
    )
    assert.deepEqual(looked.body.bindings, { e1a: s.participants.A!.id })
    assert.equal((await api(server, s.invites.B!, 'GET', path('endpoints?ids=e1a'))).status, 403)
  })

  it('JITSI-BIND-2 an endpoint already bound cannot be claimed by someone else (409); bad ids are a 400 with details', async () => {
    await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'e2' })
    assert.equal(
      (await api(server, s.invites.B!, 'POST', path('endpoint'), { endpointId: 'e2' })).status,
      409,
    )
    const bad = await api<{ error: string; details: { path: string }[] }>(
      server,
      s.invites.B!,
      'POST',
      path('endpoint'),
      {
        endpointId: '<script>',
      },
    )
    assert.equal(bad.status, 400)
    assert.equal(bad.body.details[0]?.path, 'endpointId')
    assert.equal((await api(server, s.mediatorToken, 'GET', path('endpoints?ids='))).status, 400)
  })

  it('JITSI-BIND-3 hostile: 500 junk announcements evict nobody else; announcing the victim’s endpoint credits it to nobody', async () => {
    const lookup = async (ids: string) =>
      (
        await api<{ bindings: Record<string, string> }>(
          server,
          s.mediatorToken,
          'GET',
          path(`endpoints?ids=${ids}`),
        )
      ).body.bindings
    assert.equal(
      (await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'victimA' })).status,
      204,
    )
    for (let i = 0; i < 500; i++) {
      assert.equal(
        (await api(server, s.invites.B!, 'POST', path('endpoint'), { endpointId: `junk${i}` })).status,
        204,
      )
    }
    const after = await lookup('victimA,junk0,junk499')
    assert.deepEqual(
      after,
      { victimA: s.participants.A!.id, junk499: s.participants.B!.id },
      'one binding per participant',
    )
    // B now announces A's endpoint (visible to everyone in the meeting): refused, and nobody is credited with it.
    assert.equal(
      (await api(server, s.invites.B!, 'POST', path('endpoint'), { endpointId: 'victimA' })).status,
      409,
    )
    assert.deepEqual(
      await lookup('victimA,junk499'),
      {},
      "A's endpoint is nobody's; B lost its own binding too",
    )
    assert.equal(
      (await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'victimA' })).status,
      409,
    )
    // A's page rejoins with a fresh endpoint id and is credited again; B cannot pre-claim what it has not seen.
    assert.equal(
      (await api(server, s.invites.A!, 'POST', path('endpoint'), { endpointId: 'victimA2' })).status,
      204,
    )
    assert.deepEqual(await lookup('victimA2'), { victimA2: s.participants.A!.id })
  })
})

describe('Jitsi server: practice rooms', () => {
  const server = useServer(
    jitsi({ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'm', JITSI_APP_SECRET: 'k' }),
  )
  let s: SessionWithParties
  before(async () => {
    s = await parties(server)
  })
  const practice = (cred: string, forId?: string) =>
    api<JitsiRoomResponse>(
      server,
      cred,
      'GET',
      `/api/sessions/${s.sessionId}/jitsi/practice${forId ? `?for=${forId}` : ''}`,
    )

  it('JITSI-PRACTICE-1 each participant has a practice room of their own, apart from the session rooms, token for that room only', async () => {
    const a = await practice(s.invites.A!)
    const b = await practice(s.invites.B!)
    const main = await room(server, s, s.invites.A!)
    assert.equal(a.status, 200)
    assert.notEqual(a.body.room, b.body.room)
    assert.notEqual(a.body.room, main.body.room)
    assert.equal(a.body.moderator, false)
    assert.equal(decode(a.body.jwt!).claims.room, a.body.room)
    assert.equal((await practice(s.invites.A!)).body.room, a.body.room, 'stable')
  })

  it('JITSI-PRACTICE-2 the secretariat and the mediator may join it to help (as moderator); a party may not; an unknown participant is 404', async () => {
    const a = await practice(s.invites.A!)
    const sec = await practice(s.invites.sec!, s.participants.A!.id)
    const med = await practice(s.mediatorToken, s.participants.A!.id)
    assert.equal(sec.body.room, a.body.room)
    assert.equal(med.body.room, a.body.room)
    assert.equal(sec.body.moderator, true)
    assert.equal((await practice(s.invites.B!, s.participants.A!.id)).status, 403)
    assert.equal((await practice(s.invites.sec!, 'nobody')).status, 404)
    assert.equal((await practice(s.invites.sec!, '<x>')).status, 400)
  })
})

describe('Jitsi server: the lobby', () => {
  const knocker = (server: TestServer, s: SessionWithParties) => (cred: string, name: string) =>
    api<{ admit: boolean; participantId: string | null }>(
      server,
      cred,
      'POST',
      `/api/sessions/${s.sessionId}/jitsi/knock`,
      {
        name,
      },
    )

  it('JITSI-LOBBY-3 on a token deployment a participant of that name in the mediator’s room passes; a stranger, a party asking, or the other caucus side does not', () =>
    onServer(
      jitsi({ JITSI_DOMAIN: 'meet.example.org', JITSI_APP_ID: 'm', JITSI_APP_SECRET: 'k' }),
      async (server, s) => {
        const knock = knocker(server, s)
        const a = await knock(s.mediatorToken, ' party a ')
        assert.deepEqual(a.body, { admit: true, participantId: s.participants.A!.id })
        assert.equal((await knock(s.mediatorToken, 'Eve Stranger')).body.admit, false)
        assert.equal((await knock(s.invites.A!, 'Party B')).status, 403)
        await toJointTalks(server, s)
        await startCaucusFor(server, s, ['A'])
        assert.equal(
          (await knock(s.mediatorToken, 'Party A')).body.admit,
          true,
          'A belongs in the caucus room',
        )
        assert.equal((await knock(s.mediatorToken, 'Party B')).body.admit, false, 'B waits in the main room')
        assert.equal((await knock(s.mediatorToken, '')).status, 400)
      },
    ))

  it('JITSI-LOBBY-4 on an open deployment nobody passes by name: the mediator decides', () =>
    onServer(jitsi({ JITSI_DOMAIN: 'meet.example.org' }), async (server, s) => {
      assert.equal((await knocker(server, s)(s.mediatorToken, 'Party A')).body.admit, false)
    }))
})
