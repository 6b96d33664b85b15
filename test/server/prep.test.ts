import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type {
  AgreementText,
  IntakeOverview,
  PracticeSummary,
  PrepView,
  ReadinessResponse,
  SignatureView,
} from '@mediation/core/prep'
import { PREP_PING_PATH } from '@mediation/core/prep'
import WS from 'ws'
import { CASE_ANSWERS } from '../support/intake'
import {
  api,
  createSessionWithParties,
  exportDossier,
  fetchTicket,
  type SessionWithParties,
} from '../support/server'
import { useServer } from '../support/use-server'
import { readPdf } from './record-pdf-text'

const ANSWERS = {
  ...CASE_ANSWERS,
  videoComfort: 'some',
  privateRoom: 'yes',
  device: 'laptop',
  helpNeeded: 'no',
  language: 'nl',
  safety: 'SECRET-SAFETY-NOTE',
}

const goodSummary = (): PracticeSummary => ({
  browser: { status: 'pass', webrtc: true, getUserMedia: true, websocket: true },
  camera: { status: 'pass', problem: null, width: 640, height: 480 },
  microphone: { status: 'pass', problem: null, peakLevel: 0.2 },
  speaker: { status: 'pass', heard: true, sinkSelectable: true },
  network: { status: 'pass', rttMs: 3, jitterMs: 1, lossPct: 0, verdict: 'good' },
  ice: { status: 'skipped', configured: false, candidateTypes: ['host'] },
  checklist: { privateRoom: true, alone: true, headphones: true, light: true, charger: true },
})

describe('prep API (real server, port 0)', () => {
  const server = useServer({ iceServers: [{ urls: 'stun:stun.example.org:3478' }] })
  let s: SessionWithParties
  const base = () => `/api/sessions/${s.sessionId}/prep`
  const as = (key: string) => (key === 'mediator' ? s.mediatorToken : s.invites[key]!)
  const readiness = async () =>
    (await api<ReadinessResponse>(server, s.mediatorToken, 'GET', `${base()}/readiness`)).body
  const rowOf = async (key: string) =>
    (await readiness()).participants.find((p) => p.participantId === s.participants[key]!.id)!

  before(async () => {
    s = await createSessionWithParties(server, {
      title: 'Buren Jansen / De Wit',
      extra: [
        { key: 'sec', role: 'secretariat', name: 'Sam Secretary' },
        { key: 'adv', role: 'adviser', side: 'A', name: 'Anna de Vries' },
      ],
    })
  })

  it('PREP-1 intake answers reach the mediator only: not the other party, not the secretariat', async () => {
    const put = await api(server, as('A'), 'PUT', `${base()}/intake`, { answers: ANSWERS })
    assert.equal(put.status, 200)
    const overview = await api<IntakeOverview>(server, as('mediator'), 'GET', `${base()}/intake`)
    assert.equal(overview.status, 200)
    assert.equal(overview.body.answers[s.participants.A!.id]?.answers.safety, 'SECRET-SAFETY-NOTE')
    for (const key of ['B', 'sec', 'adv', 'A']) {
      const r = await api(server, as(key), 'GET', `${base()}/intake`)
      assert.equal(r.status, 403, key)
      assert.doesNotMatch(JSON.stringify(r.body), /SECRET-SAFETY-NOTE/)
    }
    const other = await api<PrepView>(server, as('B'), 'GET', base())
    assert.equal(other.status, 200)
    assert.equal(other.body.answers, null)
    assert.doesNotMatch(JSON.stringify(other.body), /SECRET-SAFETY-NOTE/)
    const own = await api<PrepView>(server, as('A'), 'GET', base())
    assert.equal(own.body.answers?.answers.privateRoom, 'yes')
    // SAFETY-2: a safety answer is not read back even by its author; the page learns only that it was given.
    assert.equal(own.body.answers?.answers.safety, undefined)
    assert.deepEqual(own.body.answers?.safetyAnswered, ['safety'])
    assert.doesNotMatch(JSON.stringify(own.body), /SECRET-SAFETY-NOTE/)
  })

  it('PREP-4 the secretariat sees readiness (intake done yes/no) but never answers or texts', async () => {
    const r = await api<ReadinessResponse>(server, as('sec'), 'GET', `${base()}/readiness`)
    assert.equal(r.status, 200)
    const row = r.body.participants.find((p) => p.participantId === s.participants.A!.id)
    assert.equal(row?.intakeDone, true)
    const json = JSON.stringify(r.body)
    assert.doesNotMatch(json, /SECRET-SAFETY-NOTE|Agreement to mediate|Overeenkomst/)
    assert.equal((await api(server, as('sec'), 'GET', `${base()}/agreement`)).status, 403)
    assert.equal((await api(server, as('sec'), 'PUT', `${base()}/intake`, { answers: ANSWERS })).status, 403)
    assert.equal((await api(server, as('B'), 'GET', `${base()}/readiness`)).status, 403)
  })

  it('PREP-5 invalid intake answers are refused with details per question and nothing is saved', async () => {
    const r = await api<{ code: string; details: { path: string }[] }>(
      server,
      as('B'),
      'PUT',
      `${base()}/intake`,
      {
        answers: { videoComfort: 'never', privateRoom: 'yes' },
      },
    )
    assert.equal(r.status, 400)
    assert.equal(r.body.code, 'prep/intake-invalid')
    assert.ok(r.body.details.some((d) => d.path === 'answers.videoComfort'))
    assert.ok(r.body.details.some((d) => d.path === 'answers.device'))
    const overview = await api<IntakeOverview>(server, as('mediator'), 'GET', `${base()}/intake`)
    assert.equal(overview.body.answers[s.participants.B!.id], undefined)
  })

  it('PREP-INTAKE-2, PREP-INTAKE-3 the server asks the family questions only in a family case and checks the mobile number', async () => {
    const put = (answers: Record<string, string>) =>
      api<{ code: string; details: { path: string }[] }>(server, as('adv'), 'PUT', `${base()}/intake`, {
        answers,
      })
    const family = { ...ANSWERS, matterField: 'family', mobile: 'call me' }
    const refused = await put(family)
    assert.equal(refused.status, 400)
    assert.deepEqual(refused.body.details.map((d) => d.path).sort(), [
      'answers.children',
      'answers.livingTogether',
      'answers.mobile',
      'answers.parentingPlan',
    ])
    assert.equal(
      (await put({ ...ANSWERS, children: 'Twee kinderen' })).status,
      400,
      'not asked in a work case',
    )
    const saved = await put({
      ...family,
      mobile: '+31 6 1234 5678',
      children: 'Twee, 6 en 9 jaar',
      livingTogether: 'yes',
      parentingPlan: 'unsure',
    })
    assert.equal(saved.status, 200, JSON.stringify(saved.body))
    const overview = await api<IntakeOverview>(server, as('mediator'), 'GET', `${base()}/intake`)
    const mine = overview.body.answers[s.participants.adv!.id]!.answers
    assert.equal(mine.mobile, '+31 6 1234 5678')
    assert.equal(mine.livingTogether, 'yes')
    // The mobile number is the mediator's to read: the other side's page carries nobody else's answers.
    const other = await api<PrepView>(server, as('B'), 'GET', base())
    assert.ok(!JSON.stringify(other.body).includes('1234 5678'))
  })

  it('PREP-2 signing: name must match the invite, consent explicit, hash current; each refusal is clear', async () => {
    const view = (await api<PrepView>(server, as('adv'), 'GET', base())).body
    const hash = view.agreement.hash
    assert.match(hash, /^[0-9a-f]{64}$/)
    const sign = (body: object) =>
      api<{ code?: string; error: string }>(server, as('adv'), 'POST', `${base()}/signatures`, body)
    const cases: [object, number, string][] = [
      [{ typedName: '  ', consent: true, textHash: hash }, 400, 'prep/name-empty'],
      [{ typedName: 'Anna Vries', consent: true, textHash: hash }, 400, 'prep/name-mismatch'],
      [{ typedName: 'Anna de Vries', consent: false, textHash: hash }, 400, 'prep/no-consent'],
      [
        {
          typedName: 'Anna de Vries',
          consent: true,
          textHash: `${hash.slice(0, -1)}${hash.endsWith('0') ? '1' : '0'}`,
        },
        400,
        'prep/hash-unknown',
      ],
    ]
    for (const [body, status, code] of cases) {
      const r = await sign(body)
      assert.equal(r.status, status, JSON.stringify(body))
      assert.equal(r.body.code, code)
    }
    assert.equal(
      (await sign({ typedName: 'Anna de Vries', textHash: hash })).status,
      400,
      'consent missing altogether',
    )
    const none = (await api<PrepView>(server, as('adv'), 'GET', base())).body
    assert.equal(none.signatures.length, 0, 'no refused signature was stored')
    const ok = await api<SignatureView>(server, as('adv'), 'POST', `${base()}/signatures`, {
      typedName: '  ANNA  de vries ',
      consent: true,
      textHash: hash,
    })
    assert.equal(ok.status, 201)
    assert.equal(ok.body.textHash, hash)
    assert.equal(ok.body.state, 'valid')
    assert.equal(ok.body.name, 'Anna de Vries', 'recorded as on the invitation, not as typed')
    assert.equal(ok.body.typedName, 'ANNA de vries', 'what was typed is kept as evidence')
    assert.ok(Math.abs(Date.parse(ok.body.signedAt) - Date.now()) < 60_000, 'server timestamp')
    const file = JSON.parse(await readFile(join(server.dataDir, 'sessions', `${s.sessionId}.json`), 'utf8'))
    assert.equal(file.prep.signatures.length, 1, 'the signature is in the session file on disk')
    assert.equal(file.prep.signatures[0].textHash, hash)
  })

  it('PREP-2 the receipt PDF parses back with the signer, hash, title and text; only signer and mediator get it', async () => {
    const view = (await api<PrepView>(server, as('adv'), 'GET', base())).body
    const sig = view.signatures[0]!
    for (const [key, status] of [
      ['adv', 200],
      ['mediator', 200],
      ['A', 404],
      ['sec', 404],
    ] as const) {
      const res = await fetch(`${server.url}${base()}/signatures/${sig.id}/receipt.pdf?lang=en`, {
        headers: { authorization: `Bearer ${as(key)}` },
      })
      assert.equal(res.status, status, key)
      if (status !== 200) continue
      assert.equal(res.headers.get('content-type'), 'application/pdf')
      const pdf = await readPdf(new Uint8Array(await res.arrayBuffer()))
      assert.ok(pdf.flat.includes('Anna de Vries'), 'the name as on the invitation, not as typed')
      assert.ok(pdf.flat.replace(/ /g, '').includes(sig.textHash))
      assert.ok(pdf.flat.includes('Buren Jansen / De Wit'))
      assert.match(pdf.flat, /Agreement to mediate/)
    }
  })

  it('PREP-3 a text change voids earlier signatures; signing the old hash is 409; re-signing counts', async () => {
    const before = (await api<PrepView>(server, as('adv'), 'GET', base())).body
    const oldHash = before.agreement.hash
    assert.equal((await rowOf('adv')).agreement.state, 'valid')
    const denied = await api(server, as('A'), 'PUT', `${base()}/agreement`, { language: 'en', text: 'x' })
    assert.equal(denied.status, 403, 'a party cannot change the text')
    const changed = await api<AgreementText>(server, as('mediator'), 'PUT', `${base()}/agreement`, {
      language: 'en',
      text: `${before.agreement.text}\n\n12. We meet twice.`,
    })
    assert.equal(changed.status, 200)
    assert.equal(changed.body.version, before.agreement.version + 1)
    assert.notEqual(changed.body.hash, oldHash)
    const after = (await api<PrepView>(server, as('adv'), 'GET', base())).body
    assert.equal(after.signatures[0]?.state, 'outdated')
    assert.equal((await rowOf('adv')).agreement.state, 'outdated')
    const stale = await api<{ code: string }>(server, as('adv'), 'POST', `${base()}/signatures`, {
      typedName: 'Anna de Vries',
      consent: true,
      textHash: oldHash,
    })
    assert.equal(stale.status, 409)
    assert.equal(stale.body.code, 'prep/hash-outdated')
    const again = await api<SignatureView>(server, as('adv'), 'POST', `${base()}/signatures`, {
      typedName: 'Anna de Vries',
      consent: true,
      textHash: changed.body.hash,
    })
    assert.equal(again.status, 201)
    assert.equal((await rowOf('adv')).agreement.state, 'valid')
    const outdatedPdf = await fetch(
      `${server.url}${base()}/signatures/${after.signatures[0]!.id}/receipt.pdf?lang=en`,
      {
        headers: { authorization: `Bearer ${as('adv')}` },
      },
    )
    assert.match(
      (await readPdf(new Uint8Array(await outdatedPdf.arrayBuffer()))).flat,
      /the text was changed after this signature/,
    )
  })

  it('PREP-6 readiness reflects practice, intake, agreement and ground rules, step by step', async () => {
    let row = await rowOf('B')
    assert.deepEqual(row.missing, ['practice', 'intake', 'agreement', 'rules'])
    assert.equal(row.ready, false)
    const bad = await api<{ code: string }>(server, as('B'), 'POST', `${base()}/practice`, {
      summary: { camera: 'ok' },
    })
    assert.equal(bad.status, 400)
    assert.equal(bad.body.code, 'prep/practice-invalid')
    assert.equal(
      (await api(server, as('B'), 'POST', `${base()}/practice`, { summary: goodSummary() })).status,
      201,
    )
    row = await rowOf('B')
    assert.deepEqual(row.missing, ['intake', 'agreement', 'rules'])
    assert.equal(row.practice?.camera, 'pass')
    assert.equal(row.practice?.rttMs, 3)
    assert.equal((await api(server, as('B'), 'PUT', `${base()}/intake`, { answers: ANSWERS })).status, 200)
    assert.deepEqual((await rowOf('B')).missing, ['agreement', 'rules'])
    const view = (await api<PrepView>(server, as('B'), 'GET', base())).body
    const signed = await api(server, as('B'), 'POST', `${base()}/signatures`, {
      typedName: 'party b',
      consent: true,
      textHash: view.agreement.hash,
    })
    assert.equal(signed.status, 201)
    assert.deepEqual((await rowOf('B')).missing, ['rules'])
    assert.ok(view.rules && view.rules.items.length > 0 && !view.rules.acceptedCurrent)
    const accepted = await api(server, as('B'), 'POST', `/api/sessions/${s.sessionId}/commands`, {
      type: 'acceptRules',
      version: view.rules.version,
      hash: view.rules.hash,
    })
    assert.equal(accepted.status, 200)
    row = await rowOf('B')
    assert.deepEqual(row.missing, [])
    assert.equal(row.ready, true)
    assert.equal((await api<PrepView>(server, as('B'), 'GET', base())).body.rules?.acceptedCurrent, true)
  })

  it('PREP-5 a revoked invite is refused with 401 everywhere on the prep API', async () => {
    const t = await createSessionWithParties(server, { mediatorToken: s.mediatorToken, sides: ['X'] })
    const path = `/api/sessions/${t.sessionId}/prep`
    assert.equal((await api(server, t.invites.X!, 'GET', path)).status, 200)
    const del = await api(
      server,
      t.mediatorToken,
      'DELETE',
      `/api/sessions/${t.sessionId}/invites/${t.inviteIds.X}`,
    )
    assert.equal(del.status, 204)
    assert.equal((await api(server, t.invites.X!, 'GET', path)).status, 401)
    assert.equal((await api(server, t.invites.X!, 'PUT', `${path}/intake`, { answers: ANSWERS })).status, 401)
    assert.equal((await api(server, 'not-a-token', 'GET', path)).status, 401)
  })

  it('PREP-5 the mediator cannot save an empty or oversized text, and a failed save changes nothing', async () => {
    const path = `${base()}/agreement`
    const before = (await api<{ current: AgreementText }>(server, as('mediator'), 'GET', path)).body.current
    const empty = await api<{ details: { path: string }[] }>(server, as('mediator'), 'PUT', path, {
      language: 'nl',
      text: ' \n ',
    })
    assert.equal(empty.status, 400)
    assert.equal(empty.body.details[0]?.path, 'text')
    const huge = await api(server, as('mediator'), 'PUT', path, { language: 'nl', text: 'x'.repeat(40_001) })
    assert.equal(huge.status, 413)
    const bad = await api(server, as('mediator'), 'PUT', `${base()}/questions`, {
      questions: [
        { id: 'a', kind: 'choice', required: true, label: { nl: 'Kies', en: 'Pick' }, options: [] },
      ],
    })
    assert.equal(bad.status, 400)
    assert.deepEqual(
      (await api<{ current: AgreementText }>(server, as('mediator'), 'GET', path)).body.current,
      before,
    )
    const intake = await api<IntakeOverview>(server, as('mediator'), 'GET', `${base()}/intake`)
    assert.ok(intake.body.questions.length > 1, 'the questions were not replaced')
  })

  it('deleting the session deletes its prep data with it (same session file)', async () => {
    const t = await createSessionWithParties(server, { mediatorToken: s.mediatorToken, sides: ['Y'] })
    const path = `/api/sessions/${t.sessionId}/prep`
    assert.equal((await api(server, t.invites.Y!, 'PUT', `${path}/intake`, { answers: ANSWERS })).status, 200)
    const file = join(server.dataDir, 'sessions', `${t.sessionId}.json`)
    assert.ok(JSON.parse(await readFile(file, 'utf8')).prep.intake[t.participants.Y!.id])
    await exportDossier(server, t.mediatorToken, t.sessionId)
    assert.equal((await api(server, t.mediatorToken, 'DELETE', `/api/sessions/${t.sessionId}`)).status, 200)
    await assert.rejects(readFile(file, 'utf8'), { code: 'ENOENT' })
    assert.equal((await api(server, t.mediatorToken, 'GET', `${path}/intake`)).status, 404)
  })

  it('gives the participant the configured ICE servers and the mediator a 403 on the participant page', async () => {
    const view = (await api<PrepView>(server, as('A'), 'GET', base())).body
    assert.deepEqual(view.iceServers, [{ urls: 'stun:stun.example.org:3478' }])
    assert.equal((await api(server, as('mediator'), 'GET', base())).status, 403)
  })

  it('the ping socket echoes with a ticket and closes 4401 without one (no token in the URL)', async () => {
    const ticket = await fetchTicket(server, as('A'), s.sessionId)
    const wsBase = server.url.replace(/^http/, 'ws')
    const ws = new WS(`${wsBase}${PREP_PING_PATH}?ticket=${encodeURIComponent(ticket)}`)
    const bad = new WS(`${wsBase}${PREP_PING_PATH}?ticket=${encodeURIComponent(ticket)}`)
    try {
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject))
      const reply = new Promise<{ type: string; seq: number }>((resolve) =>
        ws.once('message', (d) => resolve(JSON.parse(String(d)))),
      )
      ws.send(JSON.stringify({ type: 'ping', seq: 7 }))
      assert.deepEqual({ ...(await reply), serverTime: 0 }, { type: 'pong', seq: 7, serverTime: 0 })
      const code = await new Promise<number>((resolve) => bad.once('close', (c) => resolve(c)))
      assert.equal(code, 4401, 'a spent ticket is refused')
    } finally {
      ws.terminate()
      bad.terminate()
    }
  })
})
