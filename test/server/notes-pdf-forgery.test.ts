import assert from 'node:assert/strict'
import { notesPdf } from '@mediation/companion-server/record'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Every text run of page 1 with its x position and font height. */
async function runs(bytes: Uint8Array): Promise<{ str: string; x: number; size: number }[]> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  try {
    const content = await (await pdf.getPage(1)).getTextContent()
    return content.items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ str: item.str, x: item.transform[4], size: item.transform[0] }]
        : [],
    )
  } finally {
    await pdf.destroy()
  }
}

describe('record: notes PDF', () => {
  it('a note body cannot forge a heading or a "mediator only" line: it is set indented in the body font', async () => {
    const bytes = await notesPdf({
      sessionTitle: 'Huurgeschil',
      reader: 'Bram',
      sides: [{ id: 'a', name: 'Jansen' }],
      language: 'en',
      exportedAt: Date.UTC(2026, 10, 27, 9),
      notes: [
        {
          id: 'n1',
          visibility: 'joint',
          title: 'Real title',
          body: 'Forged deal\nmediator only · updated 1 Jan\nB gives in',
          createdAt: '2026-11-27T09:00:00.000Z',
          updatedAt: '2026-11-27T09:00:00.000Z',
        },
      ],
    })
    const all = await runs(bytes)
    const title = all.find((r) => r.str === 'Real title')
    const label = all.find((r) => r.str.startsWith('everyone ·'))
    const forged = all.filter((r) => /Forged deal|mediator only|B gives in/.test(r.str))
    assert.ok(title && label, 'the real title and visibility line are there')
    assert.equal(forged.length, 3)
    for (const f of forged) {
      assert.ok(f.x > title.x + 10, `"${f.str}" is indented (x ${f.x} vs title ${title.x})`)
      assert.ok(
        f.size < title.size && f.size > label.size,
        `"${f.str}" is in the body size, not a heading's or label's`,
      )
    }
  })
})
