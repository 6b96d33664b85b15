import assert from 'node:assert/strict'
import { writeFile } from 'node:fs/promises'
import { agreementPdf } from '@mediation/companion-server/record'
import { type AgreementRecord, codeFromRandom } from '@mediation/core/record'
import { artifactPath } from '../support/browser'
import { runProgram } from '../support/programs'
import { readPdf, squash } from './record-pdf-text'

const hash = 'a3f1'.repeat(16)
const at = (min: number) => new Date(Date.UTC(2026, 10, 27, 9, min)).toISOString()

function record(clauses: string[], status: AgreementRecord['status'] = 'locked'): AgreementRecord {
  const sig = (name: string, side: string, min: number) => ({
    name,
    role: 'party' as const,
    side,
    signedAt: at(min),
    hash,
  })
  return {
    format: 'mediation-agreement',
    formatVersion: 2,
    exportedAt: at(30),
    session: { title: 'Huurgeschil Keizersgracht 12', kind: 'mediation', language: 'nl' },
    agreement: {
      id: 'first',
      number: 1,
      kind: 'settlement',
      title: 'Vaststellingsovereenkomst',
      reflectionClause: null,
    },
    agreements: [
      { id: 'first', number: 1, kind: 'settlement', title: 'Vaststellingsovereenkomst', locked: true },
    ],
    mediator: 'Mr. Eva de Vries',
    particulars: [],
    sides: [
      { name: 'Verhuurder', parties: ['Jan Jansen'], advisers: ['Mr. Karel Bos'] },
      { name: 'Huurder', parties: ['Fatma Yılmaz', 'Øyvind Ågren'], advisers: [] },
    ],
    status,
    version: {
      id: 'v3',
      name: 'Versie 3 (definitief)',
      createdAt: at(0),
      hash,
      text: clauses.join('\n\n'),
      clauses: clauses.map((text, i) => ({ id: `c${i}`, text })),
      document: null,
    },
    signatures:
      status === 'draft'
        ? [sig('Jan Jansen', 'Verhuurder', 10)]
        : [
            sig('Jan Jansen', 'Verhuurder', 10),
            sig('Fatma Yılmaz', 'Huurder', 11),
            sig('Øyvind Ågren', 'Huurder', 12),
          ],
    voidedSignatures: [],
    countersignature:
      status === 'locked'
        ? { name: 'Mr. Eva de Vries', role: 'mediator', side: null, signedAt: at(15), hash }
        : null,
    verification:
      status === 'locked'
        ? { code: codeFromRandom(new Uint8Array(13).fill(7)), url: 'https://example.test/verify' }
        : null,
  }
}

const shortClauses = [
  'De huurder betaalt de achterstallige huur van € 1.250,- uiterlijk 1 januari 2027.',
  'De verhuurder herstelt de lekkage in de badkamer binnen zes weken.',
  'Partijen verlenen elkaar over en weer finale kwijting.',
]

describe('record: agreement PDF', () => {
  it('is A4 and carries title, parties, advisers, every clause, every signer with time and hash, and the code', async () => {
    const rec = record(shortClauses)
    const bytes = await agreementPdf(rec, { timeZone: 'Europe/Amsterdam' })
    const pdf = await readPdf(bytes)
    assert.deepEqual(pdf.size.map(Math.round), [595, 842])
    assert.equal(pdf.pages.length, 1)
    for (const text of [
      'Vaststellingsovereenkomst',
      rec.session.title,
      'Jan Jansen',
      'Mr. Karel Bos',
      'Fatma Yılmaz',
      'Øyvind Ågren',
      'Mr. Eva de Vries',
      'Definitieve, ondertekende versie (opgeslagen als „Versie 3 (definitief)”)',
      '27 november 2026',
      'ondertekend 27 november 2026 om 10:11',
      hash,
      rec.verification?.code ?? '?',
      'pagina 1 van 1',
    ])
      assert.ok(pdf.flat.includes(text), `missing ${JSON.stringify(text)}`)
    for (const clause of shortClauses)
      assert.ok(pdf.flat.includes(squash(clause)), `missing clause ${clause}`)
    assert.ok(!pdf.flat.includes('CONCEPT'), 'a locked agreement is not marked as draft')
  })

  it('numbers every page of a long agreement "page X of Y" and loses no clause', async () => {
    const clauses = Array.from(
      { length: 60 },
      (_, i) =>
        `Clause ${i + 1} marker-${i + 1}-end: the parties agree that the arrangement described here applies from the first day of the month following signature, and that each party bears its own costs of this mediation.`,
    )
    const rec = { ...record(clauses), session: { ...record(clauses).session, language: 'en' as const } }
    const bytes = await agreementPdf(rec)
    const pdf = await readPdf(bytes)
    assert.ok(pdf.pages.length >= 4, `expected several pages, got ${pdf.pages.length}`)
    for (const [i, text] of pdf.pages.entries()) {
      assert.ok(text.includes(`page ${i + 1} of ${pdf.pages.length}`), `footer on page ${i + 1}`)
    }
    for (let i = 1; i <= 60; i++) assert.ok(pdf.flat.includes(`marker-${i}-end`), `clause ${i}`)
    assert.ok(pdf.flat.includes(hash) && pdf.flat.includes('Seen by the mediator'))
    await writeFile(await artifactPath('agreement-long.pdf'), bytes)
  })

  it('marks a draft and names who has not signed yet', async () => {
    const pdf = await readPdf(await agreementPdf(record(shortClauses, 'draft')))
    assert.ok(pdf.flat.includes('CONCEPT'))
    assert.ok(!pdf.flat.includes('Definitieve, ondertekende versie'), 'a draft is never called final')
    assert.equal(pdf.flat.match(/niet ondertekend/g)?.length, 2)
    assert.ok(!pdf.flat.includes('Verificatiecode'))
  })

  it('renders to an image with poppler (for a person to look at)', async () => {
    const file = await artifactPath('agreement-short.pdf')
    await writeFile(file, await agreementPdf(record(shortClauses)))
    await runProgram('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, file.replace(/\.pdf$/, '')])
    const info = await runProgram('pdfinfo', [file])
    assert.match(info.stdout, /Pages:\s+1/)
    assert.match(info.stdout, /Page size:\s+595\.28 x 841\.89 pts \(A4\)/)
  })
})
