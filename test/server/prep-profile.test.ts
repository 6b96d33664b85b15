import assert from 'node:assert/strict'
import type { AgreementText, MediatorProfile, PrepView, SignatureView } from '@mediation/core/prep'
import {
  api,
  createSessionWithParties,
  type SessionWithParties,
  setupMediator,
  startServer,
} from '../support/server'
import { useServer } from '../support/use-server'

const PROFILE: MediatorProfile = {
  mediatorName: 'Mira Mediator',
  practiceName: 'Praktijk Mediator & Partners',
  registerNumber: '104729',
  hourlyRate: 145.5,
  rateIncludesVat: false,
  costSplit: 'equal',
  cancellationTerms: {
    nl: 'Bij afzeggen binnen 48 uur brengt de mediator de geplande tijd in rekening',
    en: 'A meeting cancelled within 48 hours is charged as planned',
  },
  platformTerms: { nl: 'De voorwaarden van Zoom gelden.', en: "Zoom's terms apply." },
  retentionYears: 7,
}

describe('mediator profile and the filled agreement to mediate (real server, port 0)', () => {
  // 3 December 2026, 22:00 in Amsterdam: the date the filled text carries (a later test moves past midnight).
  const clock = { now: Date.UTC(2026, 11, 3, 21, 0) }
  const server = useServer({
    now: () => clock.now,
    platforms: [{ kind: 'zoom' }, { kind: 'jitsi', service: 'self-hosted', domain: 'meet.example.org' }],
  })
  let s: SessionWithParties
  const prep = () => `/api/sessions/${s.sessionId}/prep`
  const agreementOf = async (token: string) =>
    (await api<PrepView>(server, token, 'GET', prep())).body.agreement

  before(async () => {
    s = await createSessionWithParties(server, {
      title: 'Omgangsregeling Bakker / De Vries',
      language: 'nl',
      sides: [],
      extra: [
        { key: 'A', role: 'party', side: 'A', name: 'Peter Bakker' },
        { key: 'B', role: 'party', side: 'B', name: 'Sanne de Vries' },
        { key: 'adv', role: 'adviser', side: 'A', name: 'Anna Advocaat' },
      ],
    })
  })

  it('PREP-PROFILE-1 a new account reads an empty profile with its own name; a party, an adviser and no one are refused', async () => {
    const mine = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    assert.equal(mine.status, 200)
    assert.equal(mine.body.mediatorName, 'Mira Mediator')
    assert.equal(mine.body.registerNumber, '')
    for (const key of ['A', 'adv']) {
      const read = await api<{ code: string }>(server, s.invites[key]!, 'GET', '/api/profile')
      assert.equal(read.status, 403, `${key} reads`)
      assert.equal(read.body.code, 'MEDIATOR-ONLY')
      const write = await api<{ code: string }>(server, s.invites[key]!, 'PUT', '/api/profile', {
        ...PROFILE,
        registerNumber: '666',
      })
      assert.equal(write.status, 403, `${key} writes`)
      assert.equal(write.body.code, 'MEDIATOR-ONLY')
    }
    assert.equal((await api(server, null, 'GET', '/api/profile')).status, 401)
    assert.equal((await api(server, null, 'PUT', '/api/profile', PROFILE)).status, 401)
    const after = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    assert.equal(after.body.registerNumber, '', 'the refused writes stored nothing')
  })

  it('PREP-PROFILE-1 refuses an invalid profile field by field (BAD-INPUT with paths) and stores nothing', async () => {
    const bad = {
      ...PROFILE,
      mediatorName: '  ',
      registerNumber: 'MfN-12a',
      hourlyRate: -5,
      retentionYears: 0,
      costSplit: 'whoever',
      cancellationTerms: { nl: 'x'.repeat(2001), en: '' },
      extra: true,
    }
    const res = await api<{ code: string; details: { path: string; issue: string }[] }>(
      server,
      s.mediatorToken,
      'PUT',
      '/api/profile',
      bad,
    )
    assert.equal(res.status, 400)
    assert.equal(res.body.code, 'BAD-INPUT')
    const paths = res.body.details.map((d) => d.path).sort()
    for (const p of [
      'mediatorName',
      'registerNumber',
      'hourlyRate',
      'retentionYears',
      'costSplit',
      'cancellationTerms.nl',
    ])
      assert.ok(paths.includes(p), `${p} refused (got ${paths.join(', ')})`)
    const after = await api<MediatorProfile>(server, s.mediatorToken, 'GET', '/api/profile')
    assert.equal(after.body.practiceName, '', 'nothing stored')
  })

  it('PREP-ATM-1 fills the agreement with parties, mediator, register number, matter, date and the configured platforms', async () => {
    const before = await agreementOf(s.invites.A!)
    assert.ok(before.text.includes('[MfN-registernummer]'), 'a missing register number shows as such')
    const put = await api<MediatorProfile>(server, s.mediatorToken, 'PUT', '/api/profile', PROFILE)
    assert.equal(put.status, 200)
    const text = (await agreementOf(s.invites.A!)).text
    for (const part of [
      'Partijen: Peter Bakker en Sanne de Vries.',
      'Mediator: Mira Mediator, MfN-registermediator, registernummer 104729, Praktijk Mediator & Partners.',
      'Onderwerp van de mediation: Omgangsregeling Bakker / De Vries.',
      'Opgemaakt op 3 december 2026.',
      'Bij afzeggen binnen 48 uur brengt de mediator de geplande tijd in rekening.',
      'via Zoom (Zoom Video Communications, Inc.) of Jitsi Meet op meet.example.org.',
      'Voorwaarden van het platform: De voorwaarden van Zoom gelden.',
      'Het dossier wordt 7 jaar na het einde',
    ])
      assert.ok(text.includes(part), `missing: ${part}`)
    assert.match(text, /€\s145,50 per uur, exclusief btw/)
    assert.ok(!text.includes('Anna Advocaat'), 'an adviser is not a party')
    assert.ok(!/neutra/i.test(text))
  })

  it('PREP-ATM-2 the unsigned default follows the profile as a new version; once signed it stays as signed', async () => {
    const v1 = await agreementOf(s.invites.A!)
    clock.now += 3 * 3600_000 // past midnight in Amsterdam, well within the login's lifetime
    await api(server, s.mediatorToken, 'PUT', '/api/profile', { ...PROFILE, registerNumber: '204729' })
    const v2 = await agreementOf(s.invites.A!)
    assert.equal(v2.version, v1.version + 1)
    const fresh = await api<{ followsTemplate: boolean }>(
      server,
      s.mediatorToken,
      'GET',
      `${prep()}/agreement`,
    )
    assert.equal(fresh.body.followsTemplate, true)
    assert.ok(v2.text.includes('registernummer 204729'))
    assert.ok(v2.text.includes('Opgemaakt op 4 december 2026.'), 'the new version carries its own date')
    assert.equal((await agreementOf(s.invites.B!)).hash, v2.hash, 'every reader sees the same version')
    const signed = await api<SignatureView>(server, s.invites.A!, 'POST', `${prep()}/signatures`, {
      typedName: 'Peter Bakker',
      consent: true,
      textHash: v2.hash,
    })
    assert.equal(signed.status, 201)
    await api(server, s.mediatorToken, 'PUT', '/api/profile', { ...PROFILE, registerNumber: '304729' })
    const v3 = await agreementOf(s.invites.B!)
    assert.equal(v3.hash, v2.hash, 'a signed text never changes by itself')
    const mine = (await api<PrepView>(server, s.invites.A!, 'GET', prep())).body.signatures
    assert.equal(mine[0]?.state, 'valid')
    const editor = await api<{ followsTemplate: boolean }>(
      server,
      s.mediatorToken,
      'GET',
      `${prep()}/agreement`,
    )
    assert.equal(
      editor.body.followsTemplate,
      false,
      "the mediator's editor is told the signed text fell behind",
    )
  })

  it("the mediator's editor gets the filled template in both languages, as of today", async () => {
    const res = await api<{ current: AgreementText; templates: { nl: string; en: string } }>(
      server,
      s.mediatorToken,
      'GET',
      `${prep()}/agreement`,
    )
    assert.equal(res.status, 200)
    assert.ok(res.body.templates.nl.startsWith('Mediationovereenkomst'))
    assert.ok(res.body.templates.en.startsWith('Agreement to mediate'))
    assert.ok(res.body.templates.nl.includes('registernummer 304729'))
    assert.ok(res.body.templates.en.includes('Parties: Peter Bakker and Sanne de Vries.'))
    assert.ok(res.body.templates.en.includes('register number 304729'))
    assert.ok(res.body.templates.en.includes('Drawn up on 4 December 2026.'))
    assert.ok(res.body.templates.en.includes("Zoom's terms apply."))
    const party = await api(server, s.invites.A!, 'GET', `${prep()}/agreement`)
    assert.equal(party.status, 403, 'a party does not read the editor')
  })
})

describe('mediator profile on disk', () => {
  it('PREP-PROFILE-1 a saved profile survives a restart (accounts.json), the login does not need it', async () => {
    const one = await startServer()
    let two: Awaited<ReturnType<typeof startServer>> | null = null
    try {
      const m = await setupMediator(one)
      assert.equal((await api(one, m.token, 'PUT', '/api/profile', PROFILE)).status, 200)
      await one.stop({ keepData: true })
      two = await startServer({ dataDir: one.dataDir })
      const again = await setupMediator(two)
      const read = await api<MediatorProfile>(two, again.token, 'GET', '/api/profile')
      assert.deepEqual(read.body, PROFILE)
    } finally {
      await two?.stop({ keepData: true })
      await one.stop()
    }
  })
})
