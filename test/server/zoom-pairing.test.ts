import assert from 'node:assert/strict'
import { PAIRING_DEFAULTS, type ZoomConfig, zoomMount } from '@mediation/companion-server/zoom'
import type { ZoomClaimResponse, ZoomMeetingResponse, ZoomPairingCodeResponse } from '@mediation/protocol'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  startServer,
  type TestServer,
} from '../support/server'
import { contextClaims, encryptAppContext } from '../support/zoom-emulator-context'

const clientId = 'zoom-client-id'
const clientSecret = 'zoom-client-secret'
const cfg: ZoomConfig = {
  clientId,
  clientSecret,
  publicOrigin: 'https://mediation.example.org',
  oauthBase: 'http://127.0.0.1:9',
  apiBase: 'http://127.0.0.1:9',
  appDir: '/nonexistent',
}

/**
 * Issue 13 item 3 (Zoom): a Zoom instance becomes a session participant only through a fact the server
 * verifies — the pairing code from that participant's own invite, or later the same Zoom user id signed by
 * Zoom — never through a participantUUID the instance sends. Real server, real HTTP, Zoom's context layout.
 */
describe('Zoom pairing: only a proof the server checks binds a Zoom instance to a participant', () => {
  let server: TestServer
  let clock = Date.now()
  let meetingNo = 0

  before(async () => {
    server = await startServer({ routers: [zoomMount(cfg)], now: () => clock })
  })
  after(async () => {
    await server?.stop()
  })

  const ctx = (meeting: string, o: { uid?: string; role?: string; room?: string } = {}) =>
    encryptAppContext(
      contextClaims({ clientId, meeting, uid: o.uid, role: o.role, room: o.room, now: clock }),
      clientSecret,
    )
  const zoomApi = <T>(
    credential: string | null,
    method: string,
    path: string,
    appContext: string | null,
    body?: unknown,
  ) =>
    api<T & { code?: string; error?: string }>(
      server,
      credential,
      method,
      `/zoom/api${path}`,
      body,
      appContext ? { 'x-zoom-app-context': appContext } : {},
    )
  /** A session with parties A and B, linked to a fresh meeting by its mediator (Zoom host). */
  async function linkedMeeting(extra: Parameters<typeof createSessionWithParties>[1] = {}) {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'], ...extra })
    const meeting = `MEETING-${++meetingNo}==`
    const linked = await zoomApi(s.mediatorToken, 'POST', '/link', ctx(meeting, { role: 'host' }), {
      sessionId: s.sessionId,
    })
    assert.equal(linked.status, 204)
    return { s, meeting }
  }
  const codeFor = async (invite: string) => {
    const res = await zoomApi<ZoomPairingCodeResponse>(invite, 'POST', '/pairing-code', null)
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.match(res.body.code, /^\d{8}$/)
    return res.body.code
  }
  const meetingOf = async (s: SessionWithParties, meeting: string) =>
    (await zoomApi<ZoomMeetingResponse>(s.mediatorToken, 'GET', '/meeting', ctx(meeting, { role: 'host' })))
      .body
  const whoAmI = async (credential: string) =>
    (await api<{ participant: { id: string } }>(server, credential, 'GET', '/api/me')).body.participant?.id

  it('a party pairs with the code from its own invite page, also from inside a breakout room; the code works once', async () => {
    const { s, meeting } = await linkedMeeting()
    const a = s.participants.A?.id
    const code = await codeFor(s.invites.A ?? '')
    const paired = await zoomApi<ZoomClaimResponse>(
      null,
      'POST',
      '/pair',
      ctx(meeting, { uid: 'zoom-user-a', room: 'ROOM-1' }),
      { code: `${code.slice(0, 4)} ${code.slice(4)}`, participantUUID: 'UUID-A' },
    )
    assert.equal(paired.status, 200, JSON.stringify(paired.body))
    assert.equal(paired.body.participant.id, a)
    assert.equal(await whoAmI(paired.body.credential), a, 'the credential is that participant')
    assert.deepEqual((await meetingOf(s, meeting)).assignments, [
      { participantUUID: 'UUID-A', participantId: a, claimed: true },
    ])
    const again = await zoomApi(null, 'POST', '/pair', ctx(meeting, { uid: 'zoom-user-x' }), {
      code,
      participantUUID: 'UUID-X',
    })
    assert.equal(again.status, 403)
    assert.equal(again.body.code, 'ZOOM-PAIR-WRONG', 'single use')
  })

  it('B, with its own valid signed context and A’s participantUUID, gets nothing of A, and A’s binding stays', async () => {
    const { s, meeting } = await linkedMeeting()
    const a = s.participants.A?.id
    const b = s.participants.B?.id
    const aCode = await codeFor(s.invites.A ?? '')
    const aPaired = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting, { uid: 'user-a' }), {
      code: aCode,
      participantUUID: 'UUID-A',
    })
    assert.equal(aPaired.status, 200)
    // The old attack: claim with A's participantUUID. It proves nothing; B is asked to pair.
    const claim = await zoomApi(null, 'POST', '/claim', ctx(meeting, { uid: 'user-b' }), {
      participantUUID: 'UUID-A',
    })
    assert.equal(claim.status, 409)
    assert.equal(claim.body.code, 'ZOOM-PAIR-NEEDED')
    assert.equal(JSON.stringify(claim.body).includes('credential'), false)
    // A guest attacker (no uid) fares no better.
    const guest = await zoomApi(null, 'POST', '/claim', ctx(meeting), { participantUUID: 'UUID-A' })
    assert.equal(guest.body.code, 'ZOOM-PAIR-NEEDED')
    // B pairs with its own code but reports A's participantUUID: B is B, and UUID-A is still credited to A.
    const bPaired = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting, { uid: 'user-b' }), {
      code: await codeFor(s.invites.B ?? ''),
      participantUUID: 'UUID-A',
    })
    assert.equal(bPaired.status, 200)
    assert.equal(bPaired.body.participant.id, b)
    const m = await meetingOf(s, meeting)
    assert.deepEqual(m.conflicts, ['UUID-A'], 'two instances say UUID-A: the mediator is told')
    assert.equal(
      m.assignments.some((x) => x.participantUUID === 'UUID-A' && x.participantId === b),
      false,
      'B is never credited with A’s Zoom participant',
    )
    // A's credential still works and is still A; B's own claim later gives B, never A.
    assert.equal(await whoAmI(aPaired.body.credential), a)
    const bAgain = await zoomApi<ZoomClaimResponse>(null, 'POST', '/claim', ctx(meeting, { uid: 'user-b' }), {
      participantUUID: 'UUID-A',
    })
    assert.equal(bAgain.body.participant.id, b)
    // The mediator decides: their assignment wins over every report.
    const put = await zoomApi(s.mediatorToken, 'PUT', '/assignments/UUID-A', ctx(meeting, { role: 'host' }), {
      participantId: a,
    })
    assert.equal(put.status, 204)
    const after = await meetingOf(s, meeting)
    assert.deepEqual(after.conflicts, [])
    assert.deepEqual(
      after.assignments.filter((x) => x.participantUUID === 'UUID-A'),
      [{ participantUUID: 'UUID-A', participantId: a, claimed: true }],
    )
  })

  it('the same Zoom user claims again without a code (a reload); the earlier Zoom credential is revoked, records stay bounded, a revoked participant gets nothing', async () => {
    const { s, meeting } = await linkedMeeting()
    const a = s.participants.A?.id ?? ''
    const first = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting, { uid: 'user-a' }), {
      code: await codeFor(s.invites.A ?? ''),
      participantUUID: 'UUID-A',
    })
    const again = await zoomApi<ZoomClaimResponse>(null, 'POST', '/claim', ctx(meeting, { uid: 'user-a' }), {
      participantUUID: 'UUID-A',
    })
    assert.equal(again.status, 200)
    assert.equal(again.body.participant.id, a)
    assert.equal((await api(server, first.body.credential, 'GET', '/api/me')).status, 401)
    for (let i = 0; i < 5; i++)
      await zoomApi(null, 'POST', '/claim', ctx(meeting, { uid: 'user-a' }), { participantUUID: 'UUID-A' })
    const details = await api<{ invites: { id: string; participantId: string; revokedAt: string | null }[] }>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}`,
    )
    const zoomInvites = details.body.invites.filter((i) => i.id.startsWith('zoom-') && i.participantId === a)
    assert.equal(zoomInvites.length, 2, 'one revoked, one live')
    // Once the mediator revokes A's own invite (which removes A from the session), Zoom gives A nothing more.
    const revoked = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.A}`,
    )
    assert.equal(revoked.status, 204)
    const after = await zoomApi(null, 'POST', '/claim', ctx(meeting, { uid: 'user-a' }), {
      participantUUID: 'UUID-A',
    })
    assert.equal(after.status, 404)
    assert.equal(JSON.stringify(after.body).includes('credential'), false)
    assert.notEqual((await api(server, again.body.credential, 'GET', '/api/me')).status, 200)
  })

  it('a guest (no uid) pairs with its code; it cannot claim again without one, reports a new participantUUID with its credential, and once signed in to Zoom is recognised by its uid', async () => {
    const { s, meeting } = await linkedMeeting()
    const a = s.participants.A?.id ?? ''
    const paired = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting), {
      code: await codeFor(s.invites.A ?? ''),
      participantUUID: 'GUEST-1',
    })
    assert.equal(paired.status, 200)
    assert.equal(paired.body.participant.id, a)
    const claim = await zoomApi(null, 'POST', '/claim', ctx(meeting), { participantUUID: 'GUEST-1' })
    assert.equal(claim.body.code, 'ZOOM-PAIR-NEEDED', 'a guest has no Zoom id to be recognised by')
    // Zoom gives the guest a new participantUUID (made co-host): the paired instance says so with its credential.
    const moved = await zoomApi(paired.body.credential, 'PUT', '/self', ctx(meeting, { role: 'co-host' }), {
      participantUUID: 'GUEST-2',
    })
    assert.equal(moved.status, 204)
    assert.deepEqual((await meetingOf(s, meeting)).assignments, [
      { participantUUID: 'GUEST-2', participantId: a, claimed: true },
    ])
    // The guest signs in to Zoom (promptAuthorize): its next report brings a signed uid, which it can claim by.
    const signedIn = await zoomApi(
      paired.body.credential,
      'PUT',
      '/self',
      ctx(meeting, { uid: 'uid-guest' }),
      {
        participantUUID: 'GUEST-2',
      },
    )
    assert.equal(signedIn.status, 204)
    const back = await zoomApi<ZoomClaimResponse>(
      null,
      'POST',
      '/claim',
      ctx(meeting, { uid: 'uid-guest' }),
      {
        participantUUID: 'GUEST-2',
      },
    )
    assert.equal(back.status, 200)
    assert.equal(back.body.participant.id, a)
    // A pairing that has a uid keeps it: A's credential reported under another Zoom user changes nothing.
    await zoomApi(back.body.credential, 'PUT', '/self', ctx(meeting, { uid: 'uid-other' }), {
      participantUUID: 'GUEST-2',
    })
    const other = await zoomApi(null, 'POST', '/claim', ctx(meeting, { uid: 'uid-other' }), {
      participantUUID: 'GUEST-3',
    })
    assert.equal(other.body.code, 'ZOOM-PAIR-NEEDED')
  })

  it('a changed participantUUID re-pairs only with a proof: no credential, B’s credential, or an unpaired participant change nothing of A', async () => {
    const { s, meeting } = await linkedMeeting()
    const a = s.participants.A?.id ?? ''
    await zoomApi(null, 'POST', '/pair', ctx(meeting, { uid: 'user-a' }), {
      code: await codeFor(s.invites.A ?? ''),
      participantUUID: 'UUID-A',
    })
    const none = await zoomApi(null, 'PUT', '/self', ctx(meeting), { participantUUID: 'UUID-EVIL' })
    assert.equal(none.status, 401)
    // B never paired here: its invite credential is B, and B is not paired, so nothing moves.
    const asB = await zoomApi(s.invites.B ?? '', 'PUT', '/self', ctx(meeting), { participantUUID: 'UUID-A' })
    assert.equal(asB.status, 409)
    assert.equal(asB.body.code, 'ZOOM-PAIR-NEEDED')
    // The same Zoom user, with a new participantUUID (role change), claims again: the proof is its uid.
    const re = await zoomApi<ZoomClaimResponse>(null, 'POST', '/claim', ctx(meeting, { uid: 'user-a' }), {
      participantUUID: 'UUID-A2',
    })
    assert.equal(re.body.participant.id, a)
    assert.deepEqual((await meetingOf(s, meeting)).assignments, [
      { participantUUID: 'UUID-A2', participantId: a, claimed: true },
    ])
  })

  it('codes: only parties and advisers get one, a new one replaces the old, they expire, and they pair only in their own session’s meeting', async () => {
    const { s, meeting } = await linkedMeeting({
      extra: [
        { key: 'adv', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
      ],
    })
    assert.equal((await zoomApi(s.mediatorToken, 'POST', '/pairing-code', null)).status, 403)
    assert.equal((await zoomApi(s.invites.sec ?? '', 'POST', '/pairing-code', null)).status, 403)
    assert.equal((await zoomApi(null, 'POST', '/pairing-code', null)).status, 401)
    const adviser = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting, { uid: 'adv' }), {
      code: await codeFor(s.invites.adv ?? ''),
      participantUUID: 'UUID-ADV',
    })
    assert.equal(adviser.body.participant.id, s.participants.adv?.id)

    const old = await codeFor(s.invites.A ?? '')
    const fresh = await codeFor(s.invites.A ?? '')
    const byOld = await zoomApi(null, 'POST', '/pair', ctx(meeting, { uid: 'a1' }), {
      code: old,
      participantUUID: 'U1',
    })
    assert.equal(byOld.body.code, 'ZOOM-PAIR-WRONG', 'a new code replaces the old one')
    // Another session's code does not pair in this meeting (codes are looked up in the linked session only).
    const other = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      mediatorToken: s.mediatorToken,
    })
    const foreign = await zoomApi(null, 'POST', '/pair', ctx(meeting, { uid: 'a2' }), {
      code: await codeFor(other.invites.A ?? ''),
      participantUUID: 'U2',
    })
    assert.equal(foreign.body.code, 'ZOOM-PAIR-WRONG')
    clock += PAIRING_DEFAULTS.ttlMs + 1000
    const late = await zoomApi(null, 'POST', '/pair', ctx(meeting, { uid: 'a3' }), {
      code: fresh,
      participantUUID: 'U3',
    })
    assert.equal(late.body.code, 'ZOOM-PAIR-WRONG', 'expired')
    // Before the mediator links a meeting, pairing is refused without spending the code.
    const unlinkedCode = await codeFor(s.invites.B ?? '')
    const unlinked = await zoomApi(null, 'POST', '/pair', ctx('NEVER-LINKED', { uid: 'b' }), {
      code: unlinkedCode,
      participantUUID: 'UB',
    })
    assert.equal(unlinked.body.code, 'ZOOM-UNLINKED')
    const bad = await zoomApi<{ details: unknown[] }>(null, 'POST', '/pair', ctx(meeting, { uid: 'b' }), {
      code: '12ab',
      participantUUID: 'UB',
    })
    assert.equal(bad.status, 400)
    const ok = await zoomApi<ZoomClaimResponse>(null, 'POST', '/pair', ctx(meeting, { uid: 'b' }), {
      code: unlinkedCode,
      participantUUID: 'UB',
    })
    assert.equal(ok.body.participant.id, s.participants.B?.id)
  })

  it('guessing codes is rate-limited per Zoom user, for guests together and per meeting, counted before the lookup (parallel guesses too)', async () => {
    const { s, meeting } = await linkedMeeting()
    const right = await codeFor(s.invites.A ?? '')
    const wrong = right === '00000000' ? '00000001' : '00000000'
    const guess = (uid: string | undefined, code = wrong) =>
      zoomApi(null, 'POST', '/pair', ctx(meeting, uid ? { uid } : {}), { code, participantUUID: 'U-GUESS' })
    const burst = await Promise.all(
      Array.from({ length: PAIRING_DEFAULTS.attemptsPerUser + 3 }, () => guess('mallory')),
    )
    const statuses = burst.map((r) => r.status)
    assert.equal(statuses.filter((x) => x === 403).length, PAIRING_DEFAULTS.attemptsPerUser)
    assert.equal(statuses.filter((x) => x === 429).length, 3)
    const blocked = await guess('mallory', right)
    assert.equal(blocked.status, 429, 'even the right code, once the budget is spent')
    assert.equal(blocked.body.code, 'LIMIT-ZOOM-PAIR')
    const guests = await Promise.all(
      Array.from({ length: PAIRING_DEFAULTS.attemptsPerGuests + 1 }, () => guess(undefined)),
    )
    assert.equal(guests.filter((r) => r.status === 429).length, 1, 'guests share one budget per meeting')
    // Someone else in the meeting still pairs with the right code; the code was never spent by the guesses.
    const a = await guess('anna', right)
    assert.equal(a.status, 200)
    // The meeting as a whole has a ceiling too, whoever guesses.
    let spent = PAIRING_DEFAULTS.attemptsPerUser + 3 + 1 + PAIRING_DEFAULTS.attemptsPerGuests + 1 + 1
    let n = 0
    while (spent < PAIRING_DEFAULTS.attemptsPerMeeting) {
      await guess(`sock-${n++}`)
      spent++
    }
    const over = await guess('yet-another')
    assert.equal(over.status, 429)
  })

  it('issuing codes is budgeted per participant', async () => {
    const { s } = await linkedMeeting()
    const results = []
    for (let i = 0; i <= PAIRING_DEFAULTS.codesPerParticipant; i++)
      results.push((await zoomApi(s.invites.A ?? '', 'POST', '/pairing-code', null)).status)
    assert.equal(results.filter((x) => x === 200).length, PAIRING_DEFAULTS.codesPerParticipant)
    assert.equal(results.at(-1), 429)
    assert.equal(
      (await zoomApi(s.invites.B ?? '', 'POST', '/pairing-code', null)).status,
      200,
      'B is not affected',
    )
  })

  it('the Zoom routes are declared routes: in the OpenAPI document with their access and the Zoom context header', async () => {
    const doc = await api<{
      paths: Record<string, Record<string, { 'x-access': { auth: string; context?: string } }>>
    }>(server, null, 'GET', '/api/openapi.json')
    const op = (path: string, method: string) => doc.body.paths[path]?.[method]?.['x-access']
    assert.deepEqual(op('/zoom/api/pair', 'post'), { auth: 'none', context: 'x-zoom-app-context' })
    assert.deepEqual(op('/zoom/api/claim', 'post'), { auth: 'none', context: 'x-zoom-app-context' })
    assert.deepEqual(op('/zoom/api/meeting', 'get'), { auth: 'mediator', context: 'x-zoom-app-context' })
    assert.deepEqual(op('/zoom/api/pairing-code', 'post'), { auth: 'credential' })
    assert.deepEqual(op('/zoom/api/self', 'put'), { auth: 'credential', context: 'x-zoom-app-context' })
    assert.ok(op('/zoom/api/assignments/{participantUUID}', 'put'))
  })
})
