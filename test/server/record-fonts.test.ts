import assert from 'node:assert/strict'
import { readFile, writeFile } from 'node:fs/promises'
import { agreementPdf } from '@mediation/companion-server/record'
import type { AgreementRecord } from '@mediation/core/record'
import { artifactPath } from '../support/browser'
import { runProgram } from '../support/programs'
import { readPdf } from './record-pdf-text'

const LATIN = 'Zoë Ørsted-Łukasiewicz'
const CHINESE = '李小龙'
const hash = 'b2c4'.repeat(16)
const at = (min: number) => new Date(Date.UTC(2026, 10, 27, 9, min)).toISOString()

/** A locked agreement whose parties have the names a slim machine's Helvetica fallback would drop. */
function record(): AgreementRecord {
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
    session: { title: `Geschil ${LATIN} / ${CHINESE}`, kind: 'mediation', language: 'nl' },
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
      { name: 'A', parties: [LATIN], advisers: [] },
      { name: 'B', parties: [CHINESE], advisers: [] },
    ],
    status: 'locked',
    version: {
      id: 'v1',
      name: 'Versie 1',
      createdAt: at(0),
      hash,
      text: `${LATIN} en ${CHINESE} (李先生) spreken af dat de schade wordt vergoed.`,
      clauses: [
        { id: 'c0', text: `${LATIN} en ${CHINESE} (李先生) spreken af dat de schade wordt vergoed.` },
      ],
      document: null,
    },
    signatures: [sig(LATIN, 'A', 10), sig(CHINESE, 'B', 11)],
    voidedSignatures: [],
    countersignature: { name: 'Mr. Eva de Vries', role: 'mediator', side: null, signedAt: at(15), hash },
    verification: null,
  }
}

describe('record PDFs: fonts from npm packages, every character drawn', () => {
  let file: string
  before(async () => {
    file = await artifactPath('agreement-fonts.pdf')
    await writeFile(file, await agreementPdf(record(), { timeZone: 'Europe/Amsterdam' }))
  })

  it(`renders "${LATIN}" and "${CHINESE}" and reads them back (pdfjs and poppler)`, async () => {
    const pdf = await readPdf(await readFile(file))
    const compact = pdf.flat.replace(/\s+/g, '')
    for (const name of [LATIN, CHINESE, '李先生'])
      assert.ok(compact.includes(name.replace(/\s+/g, '')), `pdfjs: ${name}`)
    const text = (await runProgram('pdftotext', [file, '-'])).stdout
    assert.ok(text.includes(LATIN), `pdftotext: ${LATIN}`)
    assert.ok(text.includes(CHINESE), `pdftotext: ${CHINESE}`)
    assert.ok(
      text.includes(`${LATIN} en ${CHINESE} (李先生) spreken af`),
      'one paragraph across the font runs',
    )
  })

  it('embeds DejaVu and Noto Sans Hans subsets, never a built-in Helvetica', async () => {
    const fonts = (await runProgram('pdffonts', [file])).stdout
    assert.match(fonts, /DejaVuSans\b.*yes\s+yes/, fonts)
    assert.match(fonts, /DejaVuSans-Bold/, fonts)
    assert.match(fonts, /NotoSansHans-Regular.*yes\s+yes/, fonts)
    assert.doesNotMatch(fonts, /Helvetica/, fonts)
  })

  it('the font files come from node_modules, not /usr/share/fonts', async () => {
    const src = await readFile(
      new URL('../../companion-server/src/record/pdf-kit.ts', import.meta.url),
      'utf8',
    )
    assert.doesNotMatch(src, /\/usr\/share\/fonts|Helvetica/)
    const { fontFiles } = await import('../../companion-server/src/record/pdf-fonts')
    for (const f of Object.values(fontFiles())) assert.match(f, /\/node_modules\//)
  })
})
