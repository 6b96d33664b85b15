/**
 * The paper verifies (SIGN-14, SIGN-15): a locked Dutch settlement of two pages with particulars, considerations,
 * ligatures and a clause across the page break, downloaded through the real route; its embedded text read back
 * with poppler's pdfdetach and with the page's own reader; its pages copied with pdftotext (both modes) and pdfjs,
 * each pasted into POST /api/verify; one changed character, in the attachment or in the copy, fails.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import {
  addClause,
  type CommandContext,
  listParticipants,
  listVersions,
  localOrigin,
  saveVersion,
  setConsiderations,
  setParticulars,
  setPlaceAndDate,
  signVersion,
} from '@mediation/core/domain'
import { type AgreementRecord, embeddedFile } from '@mediation/core/record'
import { runProgram } from '../support/programs'
import { api, createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs, sign } from './record-harness'
import { readPdf } from './record-pdf-text'

const LONG = (n: number) =>
  `Artikel ${n}: partijen verdelen de gezamenlijke spaarrekening bij de bank zodanig dat elk van hen de helft ` +
  'ontvangt, met dien verstande dat de officiële afrekening binnen veertien dagen na ondertekening wordt ' +
  'opgemaakt en dat eventuele kosten van de afwikkeling gelijkelijk worden gedragen door beide partijen.'
const CLAUSES = [
  'Anna Jansen betaalt Bram de Vries € 4.250 vóór 1 maart 2027, in twee gelijke termijnen.',
  ...Array.from({ length: 14 }, (_, i) => LONG(i + 2)),
  'Beide partijen houden de inhoud van deze mediation vertrouwelijk, ook na afloop.',
]

/** Node's inflate for Flate streams (the page passes DecompressionStream's). */
const inflate = async (bytes: Uint8Array) => new Uint8Array(inflateSync(bytes))

describe('record: the agreement PDF and text copied from it verify (SIGN-14, SIGN-15)', function () {
  this.timeout(60_000)
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  let locked: AgreementRecord
  let pdf: Uint8Array
  let dir = ''

  const verify = (text: string) =>
    api<{ match: boolean; reason?: string }>(server, null, 'POST', '/api/verify', {
      code: locked.verification!.code,
      text,
    })

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verify-paper-'))
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      title: 'Jansen / De Vries',
      language: 'nl',
    })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
    const ctx = (): CommandContext => ({
      actor: m.actor,
      now: Date.now(),
      origin: localOrigin(m.actor.participantId),
      newId: randomUUID,
    })
    const sessionKind = 'mediation'
    for (const [who, name, address] of [
      ['A', 'Anna Jansen', 'Oudegracht 1, 3511 AA Utrecht'],
      ['B', 'Bram de Vries', 'Neude 5, 3512 AD Utrecht'],
    ] as const)
      setParticulars(
        m.agreement,
        {
          participantId: s.participants[who]!.id,
          name,
          address,
          birthDate: '1980-05-01',
          participants: listParticipants(m.control),
          sessionKind,
        },
        ctx(),
      )
    setConsiderations(
      m.agreement,
      {
        considerations: [
          'Partijen zijn op 1 juni 2026 uit elkaar gegaan.',
          'Zij treffen een financiële regeling.',
        ],
        sessionKind,
      },
      ctx(),
    )
    setPlaceAndDate(m.agreement, { place: 'Utrecht', date: '2026-12-03', sessionKind }, ctx())
    for (const text of CLAUSES) addClause(m.agreement, { text }, ctx())
    const v = saveVersion(m.agreement, { name: 'Concept 1' }, ctx())
    const record = async () =>
      (
        await api<AgreementRecord>(
          server,
          s.mediatorToken,
          'GET',
          `/api/sessions/${s.sessionId}/record/agreement.json`,
        )
      ).body
    await waitFor(async () => (await record()).version?.id === v.id, 'the version on the server')
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v)).status, 200, `${who} signs`)
    await waitFor(async () => (await record()).status === 'signed', 'both signed')
    const version = listVersions(m.agreement).find((x) => x.id === v.id)!
    signVersion(
      m.agreement,
      { versionId: version.id, hash: version.hash, participants: listParticipants(m.control) },
      ctx(),
    )
    await waitFor(async () => (await record()).status === 'locked', 'locked')
    locked = await record()
    const res = await download(server, s.invites.A!, `/api/sessions/${s.sessionId}/record/agreement.pdf`)
    assert.equal(res.status, 200)
    pdf = res.bytes
  })
  after(async () => {
    if (dir && !process.env.KEEP) await rm(dir, { recursive: true, force: true })
  })

  const file = async (name: string, bytes: Uint8Array) => {
    const path = join(dir, name)
    await writeFile(path, bytes)
    return path
  }

  it('SIGN-14 the PDF carries the exact version text as agreement.txt (pdfdetach reads it) and it verifies', async () => {
    const path = await file('agreement.pdf', pdf)
    const list = (await runProgram('pdfdetach', ['-list', path])).stdout
    assert.match(list, /1 embedded files\n1: agreement\.txt/)
    const out = join(dir, 'detached.txt')
    await runProgram('pdfdetach', ['-save', '1', '-o', out, path])
    const detached = await readFile(out, 'utf8')
    assert.equal(detached, `${locked.version.text}\n`, 'byte for byte what the hash covers')
    const mine = await embeddedFile(pdf, 'agreement.txt', inflate)
    assert.equal(new TextDecoder().decode(mine!), detached, 'the page reader finds the same bytes')
    assert.equal(await embeddedFile(pdf, 'other.txt', inflate), null)
    assert.deepEqual((await verify(detached)).body, { match: true })
  })

  it('SIGN-14 one byte changed in the embedded text: pdfdetach reads the change and verification fails', async () => {
    const at = Buffer.from(pdf).indexOf(Buffer.from('€ 4.250', 'utf8'))
    assert.ok(at > 0, 'the embedded text is stored as written')
    const changed = Uint8Array.from(pdf)
    const five = at + Buffer.byteLength('€ 4.2', 'utf8')
    assert.equal(String.fromCharCode(changed[five]!), '5')
    changed[five] = '6'.charCodeAt(0)
    const out = join(dir, 'changed.txt')
    await runProgram('pdfdetach', ['-save', '1', '-o', out, await file('changed.pdf', changed)])
    const text = await readFile(out, 'utf8')
    assert.ok(text.includes('€ 4.260'))
    assert.equal(new TextDecoder().decode((await embeddedFile(changed, 'agreement.txt', inflate))!), text)
    assert.deepEqual((await verify(text)).body, { match: false, reason: 'different-text' })
  })

  it('SIGN-15 the pages copied with pdftotext (reading order and layout) and pdfjs verify; one changed character fails', async () => {
    const path = await file('pages.pdf', pdf)
    const info = (await runProgram('pdfinfo', [path])).stdout
    assert.match(info, /Pages:\s+[2-9]/, 'long enough to break a clause across pages')
    const copies = {
      pdftotext: (await runProgram('pdftotext', [path, '-'])).stdout,
      layout: (await runProgram('pdftotext', ['-layout', path, '-'])).stdout,
      pdfjs: (await readPdf(pdf)).pages.join('\n'),
    }
    for (const [how, copy] of Object.entries(copies)) {
      assert.notEqual(copy.trim(), locked.version.text, `${how}: not the exact text`)
      assert.match(copy, /pagina 1 van \d/, `${how}: the footers are in the copy`)
      assert.deepEqual((await verify(copy)).body, { match: true }, `${how} copy verifies`)
      const oneChar = copy.replace('4.250', '4.350')
      assert.notEqual(oneChar, copy)
      assert.deepEqual(
        (await verify(oneChar)).body,
        { match: false, reason: 'different-text' },
        `${how}: one char`,
      )
      const name = copy.replace('Bram de Vries', 'Bram de Vriez')
      assert.deepEqual((await verify(name)).body.match, false, `${how}: a changed particular`)
      const cut = copy.replace(/Beide partijen houden[^.]*\./, '')
      assert.deepEqual((await verify(cut)).body.match, false, `${how}: a clause left out`)
    }
    // Ligatures and a soft hyphen, as some viewers copy them, count as their letters.
    const ligatures = copies.pdftotext.replaceAll('fi', '\uFB01').replace('officiële', 'offi\u00ADciële')
    assert.notEqual(ligatures, copies.pdftotext)
    assert.deepEqual((await verify(ligatures)).body, { match: true })
  })
})
