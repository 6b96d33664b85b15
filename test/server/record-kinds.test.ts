/**
 * Settlement records of the right kind, through the real server: several agreements in one session (interim,
 * then final ones), each kind's PDF read back with pdftotext page by page, in Dutch and English, in the digital
 * and the print layout; and what a hostile party may not write.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import {
  type AgreementKind,
  addClause,
  type CommandContext,
  getDraft,
  listParticipants,
  listVersions,
  localOrigin,
  saveVersion,
  setAgreementKind,
  setConsiderations,
  setParticulars,
  setPlaceAndDate,
  signVersion,
  startAgreement,
} from '@mediation/core/domain'
import { type AgreementRecord, exportHash } from '@mediation/core/record'
import { artifactPath } from '../support/browser'
import { runProgram } from '../support/programs'
import { api, createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs, sign } from './record-harness'

const MEDIATION_KINDS: AgreementKind[] = [
  'interim',
  'settlement',
  'parenting-plan',
  'divorce-covenant',
  'employment-settlement',
]

const TITLES: Record<'nl' | 'en', Record<AgreementKind, string>> = {
  nl: {
    interim: 'Deelovereenkomst',
    settlement: 'Vaststellingsovereenkomst',
    'parenting-plan': 'Ouderschapsplan',
    'divorce-covenant': 'Echtscheidingsconvenant',
    'employment-settlement': 'Vaststellingsovereenkomst (arbeidsrecht)',
    'action-list': 'Afsprakenlijst',
  },
  en: {
    interim: 'Interim agreement',
    settlement: 'Settlement agreement',
    'parenting-plan': 'Parenting plan',
    'divorce-covenant': 'Divorce covenant',
    'employment-settlement': 'Settlement agreement (employment)',
    'action-list': 'Agreed actions',
  },
}

const WORDS = {
  nl: {
    seen: 'Voor gezien door de mediator',
    considerations: 'Overwegingen',
    placeAndDate: 'Aldus overeengekomen te Utrecht op 3 december 2026',
    birth: 'Geboortedatum: 1 mei 1980',
    initials: 'Paraaf',
    signature: 'Handtekening',
    reflection: 'binnen veertien dagen',
    threeWeeks: 'drie weken',
  },
  en: {
    seen: 'Seen by the mediator',
    considerations: 'Considerations',
    placeAndDate: 'Agreed at Utrecht on 3 December 2026',
    birth: 'Date of birth: 1 May 1980',
    initials: 'Initials',
    signature: 'Signature',
    reflection: 'within fourteen days',
    threeWeeks: 'three weeks',
  },
}

/** pdftotext, one string per page (whitespace collapsed). */
async function pagesOf(bytes: Uint8Array, name: string): Promise<string[]> {
  const file = await artifactPath(name)
  await writeFile(file, bytes)
  const text = (await runProgram('pdftotext', ['-layout', file, '-'])).stdout
  return text
    .split('\f')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0)
}

function partyCommand(server: { url: string }, s: SessionWithParties, who: string, body: object) {
  return api<{ code?: string }>(
    server,
    s.invites[who] ?? '',
    'POST',
    `/api/sessions/${s.sessionId}/commands`,
    body,
  )
}

describe('record: settlement records of every kind, several per session (SIGN-9..12)', function () {
  this.timeout(60_000)
  const server = useServer()

  async function session(language: 'nl' | 'en', kind: 'mediation' | 'coaching' = 'mediation') {
    const s = await createSessionWithParties(server, {
      sides: kind === 'coaching' ? ['A'] : ['A', 'B'],
      title: `Scheiding ${language}`,
      language,
      kind,
      extra: [{ key: 'adviserA', role: 'adviser', side: 'A', name: 'Adam Adviser' }],
    })
    const m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
    return { s, m }
  }

  const mctx = (m: MediatorDocs): CommandContext => ({
    actor: m.actor,
    now: Date.now(),
    origin: localOrigin(m.actor.participantId),
    newId: randomUUID,
  })

  const record = async (s: SessionWithParties, query: string) =>
    (
      await api<AgreementRecord>(
        server,
        s.mediatorToken,
        'GET',
        `/api/sessions/${s.sessionId}/record/agreement.json${query}`,
      )
    ).body

  /** Clauses, a version, both parties sign through the API, the mediator signs as seen: the agreement locks. */
  async function lock(s: SessionWithParties, m: MediatorDocs, agreementId: string, clauses: string[]) {
    for (const text of clauses) addClause(m.agreement, { text, agreementId }, mctx(m))
    const v = saveVersion(m.agreement, { name: 'Definitief', agreementId }, mctx(m))
    await waitFor(
      async () => (await record(s, `?version=${v.id}`))?.version?.id === v.id,
      'version on the server',
    )
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v)).status, 200, `${who} signs`)
    await waitFor(
      async () => (await record(s, `?agreement=${agreementId}`)).status === 'signed',
      'both signed',
    )
    const version = listVersions(m.agreement, agreementId).find((x) => x.id === v.id)!
    signVersion(
      m.agreement,
      { versionId: version.id, hash: version.hash, participants: listParticipants(m.control) },
      mctx(m),
    )
    await waitFor(async () => (await record(s, `?agreement=${agreementId}`)).status === 'locked', 'locked')
    return record(s, `?agreement=${agreementId}`)
  }

  for (const language of ['nl', 'en'] as const) {
    it(`SIGN-9/10/12 ${language}: an interim agreement, then four final ones; each PDF has its title and fields`, async () => {
      const { s, m } = await session(language)
      const w = WORDS[language]
      const sessionKind = 'mediation'
      const partyA = s.participants.A!
      const partyB = s.participants.B!
      // The first agreement: an interim one, with particulars (A for itself through the server), considerations,
      // place and date.
      setAgreementKind(m.agreement, { kind: 'interim', sessionKind }, mctx(m))
      await waitFor(async () => (await record(s, '')).agreement?.kind === 'interim', 'kind on the server')
      const own = {
        type: 'setParticulars',
        participantId: partyA.id,
        name: 'Anna Jansen',
        address: 'Oudegracht 1, 3511 AA Utrecht',
        birthDate: '1980-05-01',
      }
      assert.equal((await partyCommand(server, s, 'A', own)).status, 200)
      // Hostile writes: A for B, the adviser for A, a date of birth in the future, starting an agreement.
      const forB = await partyCommand(server, s, 'A', {
        ...own,
        participantId: partyB.id,
        address: 'Nowhere',
      })
      assert.deepEqual([forB.status, forB.body.code], [409, 'SIGN-11'])
      const adviser = await partyCommand(server, s, 'adviserA', own)
      assert.deepEqual([adviser.status, adviser.body.code], [409, 'SIGN-11'])
      const future = await partyCommand(server, s, 'A', { ...own, birthDate: '2999-01-01' })
      assert.deepEqual([future.status, future.body.code], [400, 'INPUT-1'])
      // The mediator's commands (start an agreement, its kind, considerations, place and date) refuse a party.
      for (const body of [
        { type: 'startAgreement', kind: 'settlement' },
        { type: 'setAgreementKind', kind: 'settlement' },
        { type: 'setConsiderations', considerations: ['Bram heeft schuld.'] },
        { type: 'setPlaceAndDate', place: 'Rotterdam', date: '2026-12-04' },
      ]) {
        const refused = await partyCommand(server, s, 'B', body)
        assert.deepEqual([refused.status, refused.body.code], [409, 'ACCESS-2'], body.type)
      }
      await waitFor(
        async () => (await record(s, '')).version?.document?.parties.length === 1,
        'A’s particulars on the server',
      )
      setParticulars(
        m.agreement,
        {
          participantId: partyB.id,
          name: 'Bram de Vries',
          address: 'Neude 5, 3512 AD Utrecht',
          birthDate: '1981-02-28',
          participants: listParticipants(m.control),
          sessionKind,
        },
        mctx(m),
      )
      // The considerations through the server, as the sidebar sends them.
      const mine = await api<{ code?: string }>(
        server,
        s.mediatorToken,
        'POST',
        `/api/sessions/${s.sessionId}/commands`,
        {
          type: 'setConsiderations',
          considerations: [
            'Partijen zijn op 1 juni 2026 uit elkaar gegaan.',
            'Zij willen tot de definitieve regeling afspraken maken.',
          ],
        },
      )
      assert.equal(mine.status, 200)
      await waitFor(
        async () => (await record(s, '')).version?.document?.considerations.length === 2,
        'the considerations on the server',
      )
      await waitFor(
        () => getDraft(m.agreement).document?.considerations.length === 2,
        'and on the mediator’s replica',
      )
      setPlaceAndDate(m.agreement, { place: 'Utrecht', date: '2026-12-03', sessionKind }, mctx(m))
      const first = await lock(s, m, 'first', ['Anna blijft voorlopig in de woning wonen.'])
      assert.equal(first.agreement.kind, 'interim')

      // Four more agreements, one after the other; each starts with the particulars of the one before.
      const ids = ['first']
      for (const kind of MEDIATION_KINDS.slice(1)) {
        const id = startAgreement(m.agreement, { kind, sessionKind }, mctx(m))
        ids.push(id)
        setConsiderations(m.agreement, { considerations: [`Overweging bij ${kind}.`], sessionKind }, mctx(m))
        setPlaceAndDate(m.agreement, { place: 'Utrecht', date: '2026-12-03', sessionKind }, mctx(m))
        // The settlement agreement is long, so its print runs over several pages.
        const clauses =
          kind === 'settlement'
            ? Array.from(
                { length: 40 },
                (_, i) =>
                  `Afspraak ${i + 1}: partijen verdelen post ${i + 1} van de inboedel gelijk, en wie een post houdt, betaalt de ander de helft van de waarde.`,
              )
            : [`De eerste afspraak van het ${kind}.`]
        await lock(s, m, id, clauses)
      }
      const all = await record(s, '')
      assert.deepEqual(
        all.agreements.map((a) => [a.number, a.kind, a.locked]),
        MEDIATION_KINDS.map((k, i) => [i + 1, k, true]),
      )

      for (const [i, kind] of MEDIATION_KINDS.entries()) {
        const id = ids[i]!
        const rec = await record(s, `?agreement=${id}`)
        assert.equal(rec.agreement.title, TITLES[language][kind])
        assert.deepEqual(exportHash(rec), { ok: true, hash: rec.version.hash }, 'the JSON export hashes back')
        const path = `/api/sessions/${s.sessionId}/record/agreement.pdf?agreement=${id}`
        for (const print of [false, true]) {
          const res = await download(server, s.invites.B!, `${path}${print ? '&layout=print' : ''}`)
          assert.equal(res.status, 200)
          const pages = await pagesOf(res.bytes, `agreement-${language}-${kind}${print ? '-print' : ''}.pdf`)
          const flat = pages.join(' ')
          const title = TITLES[language][kind]
          assert.ok(
            pages[0]!.startsWith(title),
            `${kind}: the title "${title}" heads page 1: ${pages[0]!.slice(0, 80)}`,
          )
          for (const text of [
            w.seen,
            w.considerations,
            w.placeAndDate,
            'Oudegracht 1, 3511 AA Utrecht',
            w.birth,
            'Bram de Vries',
          ])
            assert.ok(flat.includes(text), `${kind}${print ? ' print' : ''}: missing "${text}"`)
          assert.equal(
            flat.includes('7:670b'),
            kind === 'employment-settlement',
            `${kind}: the reflection clause`,
          )
          if (kind === 'employment-settlement') {
            assert.ok(
              flat.includes(w.reflection) && flat.includes(w.threeWeeks),
              'fourteen days, else three weeks',
            )
          }
          assert.ok(!/Medeondertekend|Countersigned|Mediation agreement/.test(flat), 'no co-signing mediator')
          if (print) {
            // An initials box per party on every page, and a signature line per party.
            for (const [n, page] of pages.entries()) {
              assert.ok(
                page.includes(`${w.initials}:`),
                `${kind}: initials on page ${n + 1} of ${pages.length}`,
              )
              assert.ok(
                page.includes('A.J.') && page.includes('B.d.V.'),
                `${kind}: both parties' boxes on page ${n + 1}`,
              )
            }
            assert.equal(
              flat.match(new RegExp(`${w.signature}\\b`, 'g'))?.length,
              3,
              'two parties and the mediator',
            )
            if (kind === 'settlement') assert.ok(pages.length >= 3, `long print: ${pages.length} pages`)
          } else {
            assert.ok(!flat.includes(`${w.initials}:`), 'the digital record has no initials boxes')
          }
        }
      }
    })
  }

  it('SIGN-NAMES-1 the signature blocks, initials boxes and signer lines name each party as the particulars do, else as invited; a party without particulars is never left out', async () => {
    const s = await createSessionWithParties(server, {
      title: 'Namen',
      language: 'nl',
      extra: [{ key: 'A2', role: 'party', side: 'A', name: 'Piet Pieters' }],
    })
    const m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
    // Party A ("Party A" on the invite) enters its full name; Piet (also side A) and Party B enter none.
    const own = {
      type: 'setParticulars',
      participantId: s.participants.A!.id,
      name: 'Anna Maria Jansen',
      address: 'Oudegracht 1, 3511 AA Utrecht',
      birthDate: '1980-05-01',
    }
    assert.equal((await partyCommand(server, s, 'A', own)).status, 200)
    await waitFor(async () => (await record(s, '')).version?.document?.parties.length === 1, 'particulars')
    addClause(m.agreement, { text: 'Anna en Piet betalen samen de helft.' }, mctx(m))
    const v = saveVersion(m.agreement, { name: 'Concept' }, mctx(m))
    await waitFor(async () => (await record(s, '')).version?.id === v.id, 'version on the server')
    assert.equal((await sign(server, s, 'A', v)).status, 200)
    await waitFor(async () => (await record(s, '')).signatures.length === 1, 'A’s signature')
    const rec = await record(s, '')
    assert.deepEqual(
      rec.sides.map((x) => x.parties),
      [['Anna Maria Jansen', 'Piet Pieters'], ['Party B']],
    )
    assert.equal(rec.signatures[0]?.name, 'Anna Maria Jansen')
    const path = `/api/sessions/${s.sessionId}/record/agreement.pdf`
    const print = (
      await pagesOf(
        (
          await download(server, s.mediatorToken, `${path}?layout=print`)
        ).bytes,
        'agreement-names-print.pdf',
      )
    ).join(' ')
    // One block per party, named as above, and the mediator's; an initials box per party.
    // In the order of the undersigned above them.
    assert.ok(
      print.includes('Anna Maria Jansen partij, A Handtekening Plaats / Datum Piet Pieters partij, A'),
    )
    assert.ok(print.includes('Party B partij, B'))
    assert.equal(print.match(/Handtekening\b/g)?.length, 4, 'three parties and the mediator')
    for (const box of ['A.M.J.', 'P.P.', 'P.B.']) assert.ok(print.includes(box), `initials box ${box}`)
    assert.ok(!print.includes('Party A'), 'the invite name of a party with particulars is not printed')
    const digital = (
      await pagesOf((await download(server, s.mediatorToken, path)).bytes, 'agreement-names.pdf')
    ).join(' ')
    assert.ok(digital.includes('Anna Maria Jansen (partij, A)'), 'the digital signer line')
    assert.ok(digital.includes('Piet Pieters (partij, A)'))
    assert.ok(!digital.includes('Party A'), 'no roster name beside the particulars name')
  })

  it('SIGN-10 a coaching session records agreed actions (Afsprakenlijst), never a settlement', async () => {
    const { s, m } = await session('nl', 'coaching')
    addClause(m.agreement, { text: 'Anna belt de school voor vrijdag.' }, mctx(m))
    saveVersion(m.agreement, { name: 'Lijst' }, mctx(m))
    await waitFor(async () => (await record(s, '')).version?.name === 'Lijst', 'version')
    const rec = await record(s, '')
    assert.equal(rec.agreement.title, 'Afsprakenlijst')
    const res = await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/agreement.pdf`)
    const pages = await pagesOf(res.bytes, 'agreement-nl-action-list.pdf')
    assert.ok(pages[0]!.startsWith('Afsprakenlijst'))
    assert.ok(!pages.join(' ').includes('Vaststellingsovereenkomst'))
    assert.throws(() =>
      setAgreementKind(m.agreement, { kind: 'settlement', sessionKind: 'coaching' }, mctx(m)),
    )
  })
})
