import assert from 'node:assert/strict'
import { inflateSync } from 'node:zlib'
import { copyHoldsPassage, embeddedFile, type PaperPiece, squeezeCopy } from '@mediation/core/record'
import PDFDocument from 'pdfkit'

const text = (t: string): PaperPiece => ({ text: t, mark: false })
const mark = (t: string): PaperPiece => ({ text: t, mark: true })
const PASSAGE = [
  text('Afspraken'),
  mark('1.'),
  text('Anna betaalt Bram € 4.250 in twee termijnen.'),
  mark('2.'),
  text('Bram levert de laptop in binnen vijf werkdagen.'),
  text('Handtekeningen'),
]
const FOOTERS = ['Vaststellingsovereenkomst — Test · Concept 1', 'pagina 1 van 2', 'pagina 2 van 2']

describe('record: text copied from the agreement PDF (SIGN-15)', () => {
  it('SIGN-15 whitespace, ligatures, soft hyphens and page footers do not count; text around the passage does not matter', () => {
    const copy =
      'Titel\nAfspraken\n1. Anna betaalt Bram € 4.250\nin twee termijnen.\n' +
      'Vaststellingsovereenkomst — Test · Concept 1\n\npagina 1 van 2\n\f2.  Bram levert de lap\u00ADtop in ' +
      'binnen vijf werkdagen.\nHandtekeningen\nParty A …'
    assert.ok(copyHoldsPassage(copy, PASSAGE, FOOTERS))
    assert.equal(squeezeCopy('o\uFB03ciële  x'), 'officiëlex')
  })

  it('SIGN-15 margin labels may move to another break between texts, but each must be there as often', () => {
    const moved =
      'Afspraken 1. 2. Anna betaalt Bram € 4.250 in twee termijnen. Bram levert de laptop in binnen vijf werkdagen. Handtekeningen'
    assert.ok(copyHoldsPassage(moved, PASSAGE, FOOTERS))
    assert.equal(copyHoldsPassage(moved.replace('2.', '3.'), PASSAGE, FOOTERS), false, 'a changed label')
    assert.equal(copyHoldsPassage(moved.replace(' 2.', ''), PASSAGE, FOOTERS), false, 'a missing label')
    assert.equal(
      copyHoldsPassage(moved.replace('1. 2.', '1. 1. 2.'), PASSAGE, FOOTERS),
      false,
      'an extra label',
    )
  })

  it('SIGN-15 one changed, left out or added character in the text fails, and so does a change of order', () => {
    const copy =
      'Afspraken 1. Anna betaalt Bram € 4.250 in twee termijnen. 2. Bram levert de laptop in binnen vijf werkdagen. Handtekeningen'
    assert.ok(copyHoldsPassage(copy, PASSAGE, FOOTERS))
    for (const changed of [
      copy.replace('4.250', '4.350'),
      copy.replace('vijf', 'vif'),
      copy.replace('laptop', 'laptops'),
      copy.replace('Handtekeningen', ''),
      'Afspraken 1. Bram levert de laptop in binnen vijf werkdagen. 2. Anna betaalt Bram € 4.250 in twee termijnen. Handtekeningen',
    ])
      assert.equal(copyHoldsPassage(changed, PASSAGE, FOOTERS), false, changed)
    assert.equal(copyHoldsPassage(copy, [], FOOTERS), false, 'an empty passage matches nothing')
  })
})

describe('record: reading an embedded file out of a PDF (SIGN-14)', () => {
  const pdfWith = (files: { name: string; data: string }[], compress: boolean) =>
    new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ compress })
      const chunks: Buffer[] = []
      doc.on('data', (c: Buffer) => chunks.push(c))
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
      for (const f of files) doc.file(Buffer.from(f.data), { name: f.name, type: 'text/plain' })
      doc.text('Hello')
      doc.end()
    })
  const inflate = async (b: Uint8Array) => new Uint8Array(inflateSync(b))
  const read = async (pdf: Uint8Array, name: string) => {
    const bytes = await embeddedFile(pdf, name, inflate)
    return bytes ? new TextDecoder().decode(bytes) : null
  }

  it('SIGN-14 finds the named file, stored or Flate-compressed, among others; a missing one is null', async () => {
    const files = [
      { name: 'notes.txt', data: 'not this one' },
      { name: 'agreement.txt', data: '1. Anna betaalt € 4.250.\n' },
      { name: 'bijlage (v2).txt', data: 'haakjes' },
    ]
    for (const compress of [false, true]) {
      const pdf = await pdfWith(files, compress)
      assert.equal(await read(pdf, 'agreement.txt'), '1. Anna betaalt € 4.250.\n', `compress ${compress}`)
      assert.equal(await read(pdf, 'bijlage (v2).txt'), 'haakjes')
      assert.equal(await read(pdf, 'missing.txt'), null)
    }
    assert.equal(await read(await pdfWith([], true), 'agreement.txt'), null)
    assert.equal(await read(new TextEncoder().encode('not a pdf at all'), 'agreement.txt'), null)
  })

  it('SIGN-14 a stream whose length runs past the end of the file, or that does not inflate, is not read', async () => {
    const pdf = await pdfWith([{ name: 'agreement.txt', data: 'x'.repeat(40) }], true)
    const src = Buffer.from(pdf).toString('latin1')
    const cut = src.replace(
      /(\/Type \/EmbeddedFile[\s\S]*?\/Length )(\d+)/,
      (_, head: string, n: string) => `${head}${'9'.repeat(n.length + 4)}`,
    )
    assert.notEqual(cut, src)
    assert.equal(await read(Buffer.from(cut, 'latin1'), 'agreement.txt'), null)
    const broken = await embeddedFile(pdf, 'agreement.txt', async () => {
      throw new Error('bad data')
    })
    assert.equal(broken, null)
  })
})
