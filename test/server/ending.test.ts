import assert from 'node:assert/strict'
import { getPhase } from '@mediation/core/domain'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'
import { download } from './record-harness'
import { readPdf } from './record-pdf-text'

describe('ending a session through the server, the ending statement and aftercare', () => {
  const server = useServer()
  const providers: { destroy(): void }[] = []
  afterEach(() => {
    for (const p of providers.splice(0)) p.destroy()
  })
  const session = (language: 'nl' | 'en', title: string) =>
    createSessionWithParties(server, {
      language,
      title,
      sides: ['Jansen', 'De Vries'],
      extra: [
        { key: 'adv', role: 'adviser', side: 'Jansen', name: 'Advocaat Bakker' },
        { key: 'sec', role: 'secretariat', name: 'Secretariaat' },
      ],
    })
  const control = async (s: SessionWithParties, cred: string) => {
    const doc = new Y.Doc()
    const p = await connectDoc(server, cred, s.sessionId, 'control', doc)
    providers.push(p)
    await synced(p)
    return doc
  }

  it('PHASE-5 only the mediator ends (403 MEDIATOR-ONLY for everyone else); the server dates it and every page sees the phase closed', async () => {
    const s = await session('en', 'Neighbours')
    const path = `/api/sessions/${s.sessionId}/ending`
    for (const who of ['Jansen', 'De Vries', 'adv', 'sec']) {
      const res = await api<{ code: string }>(server, s.invites[who]!, 'POST', path, {
        outcome: 'ended-by-party',
      })
      assert.equal(res.status, 403, who)
      assert.equal(res.body.code, 'MEDIATOR-ONLY')
    }
    const bad = await api<{ code: string }>(server, s.mediatorToken, 'POST', path, { outcome: 'settled' })
    assert.equal(bad.status, 400)
    const long = await api(server, s.mediatorToken, 'POST', path, {
      outcome: 'referral',
      note: 'x'.repeat(501),
    })
    assert.equal(long.status, 400)
    const party = await control(s, s.invites.Jansen!)
    assert.equal(getPhase(party), 'intake')
    const before = Date.now()
    const res = await api<{ outcome: string; at: number; by: string; phase: string; note: string }>(
      server,
      s.mediatorToken,
      'POST',
      path,
      { outcome: 'not-suitable', note: 'Verwezen naar de huisarts' },
    )
    assert.equal(res.status, 200)
    assert.equal(res.body.phase, 'closed')
    assert.equal(res.body.by, s.mediatorId)
    assert.ok(res.body.at >= before && res.body.at <= Date.now(), 'dated by the server clock')
    await waitFor(() => getPhase(party) === 'closed', 'the party sees the session ended')
    const again = await api<{ code: string }>(server, s.mediatorToken, 'POST', path, {
      outcome: 'no-agreement',
    })
    assert.equal(again.status, 409)
    assert.equal(again.body.code, 'PHASE-1')
  })

  it('PHASE-7 only the mediator reopens an ended session for aftercare; it is logged and only from closed', async () => {
    const s = await session('en', 'Aftercare')
    const base = `/api/sessions/${s.sessionId}`
    const early = await api<{ code: string }>(server, s.mediatorToken, 'POST', `${base}/reopen`)
    assert.equal(early.status, 409)
    assert.equal(early.body.code, 'PHASE-1')
    await api(server, s.mediatorToken, 'POST', `${base}/ending`, { outcome: 'full-agreement' })
    for (const who of ['Jansen', 'adv', 'sec']) {
      const res = await api<{ code: string }>(server, s.invites[who]!, 'POST', `${base}/reopen`)
      assert.equal(res.status, 403, who)
      assert.equal(res.body.code, 'MEDIATOR-ONLY')
    }
    const party = await control(s, s.invites['De Vries']!)
    assert.equal((await api(server, s.mediatorToken, 'POST', `${base}/reopen`)).status, 204)
    await waitFor(() => getPhase(party) === 'aftercare', 'the party sees aftercare')
    const log = party.getArray<{ from: string; to: string; by: string }>('phaseLog').toArray()
    assert.deepEqual(
      log.map((c) => [c.from, c.to, c.by]),
      [
        ['intake', 'closed', s.mediatorId],
        ['closed', 'aftercare', s.mediatorId],
      ],
    )
    const ended = await api<{ phase: string }>(server, s.mediatorToken, 'POST', `${base}/ending`, {
      outcome: 'partial-agreement',
    })
    assert.equal(ended.body.phase, 'closed')
  })

  for (const lang of ['nl', 'en'] as const) {
    it(`PHASE-9 every participant reads the ending and downloads the dated ending statement (${lang}); before the ending both are 409 SESSION-NOT-ENDED`, async () => {
      const s = await session(
        lang,
        lang === 'nl' ? 'Burenruzie Jansen / De Vries' : 'Neighbours Jansen / De Vries',
      )
      const path = `/api/sessions/${s.sessionId}/record/ending.pdf`
      const early = await download(server, s.invites.Jansen!, path)
      assert.equal(early.status, 409)
      assert.equal(JSON.parse(new TextDecoder().decode(early.bytes)).code, 'SESSION-NOT-ENDED')
      const none = await api<{ code: string }>(
        server,
        s.invites.sec!,
        'GET',
        `/api/sessions/${s.sessionId}/ending`,
      )
      assert.equal(none.status, 409)
      assert.equal(none.body.code, 'SESSION-NOT-ENDED')
      const note = lang === 'nl' ? 'Nazorggesprek over drie maanden.' : 'Aftercare talk in three months.'
      await api(server, s.mediatorToken, 'POST', `/api/sessions/${s.sessionId}/ending`, {
        outcome: 'ended-by-party',
        note,
      })
      const today = new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
        timeZone: 'Europe/Amsterdam',
        dateStyle: 'long',
      }).format(new Date())
      for (const who of ['Jansen', 'De Vries', 'adv', 'sec']) {
        const read = await api<{ outcome: string; note: string; phase: string }>(
          server,
          s.invites[who]!,
          'GET',
          `/api/sessions/${s.sessionId}/ending`,
        )
        assert.deepEqual(
          [read.status, read.body.outcome, read.body.note, read.body.phase],
          [200, 'ended-by-party', note, 'closed'],
        )
        const res = await download(server, s.invites[who]!, path)
        assert.equal(res.status, 200, who)
        assert.match(res.type, /^application\/pdf/)
        assert.equal(res.headers.get('cache-control'), 'no-store')
        const pdf = await readPdf(res.bytes)
        assert.equal(pdf.pages.length, 1)
        const words =
          lang === 'nl'
            ? [
                'Verklaring van beëindiging',
                'Burenruzie Jansen / De Vries',
                'Partijen',
                'Kant Jansen Party Jansen',
                'Kant De Vries Party De Vries',
                'Mediator Mira Mediator',
                `Datum van beëindiging ${today}`,
                'Uitkomst De mediation is voortijdig beëindigd op verzoek van een partij.',
                `Toelichting van de mediator ${note}`,
                'wat is besproken blijft vertrouwelijk',
                `Verklaring opgesteld op ${today}`,
                'pagina 1 van 1',
              ]
            : [
                'Statement of ending',
                'Neighbours Jansen / De Vries',
                'Parties',
                'Side Jansen Party Jansen',
                'Side De Vries Party De Vries',
                'Mediator Mira Mediator',
                `Date of ending ${today}`,
                'Outcome The mediation was ended early at the request of a party.',
                `Note by the mediator ${note}`,
                'what was discussed stays confidential',
                `Statement drawn up on ${today}`,
                'page 1 of 1',
              ]
        for (const w of words) assert.ok(pdf.flat.includes(w), `${who}: “${w}” in ${pdf.flat}`)
        // Neutral words: the adviser is not a party, and who ended early is never named.
        assert.ok(!pdf.flat.includes('Advocaat Bakker'), pdf.flat)
      }
    })
  }
})
