/** Session notes on paper, for the reader the server already filtered them for. Pure: notes in, bytes out. */
import type { NotesExportInput } from '@mediation/core/record'
import {
  caucusName,
  caucusWithContent,
  humanDateTime,
  recordText,
  visibilityLabel,
} from '@mediation/core/record'
import { newPdf, numberPages, pdfBytes } from './pdf-kit'

const BODY_INDENT = 18

/** Renders the notes a reader may read as a PDF. */
export function notesPdf(input: NotesExportInput): Promise<Buffer> {
  const { language, timeZone } = input
  const t = recordText(language)
  const doc = newPdf({ title: `${t('notes.title')} — ${input.sessionTitle}`, createdAt: input.exportedAt })
  doc.font('bold').fontSize(18).text(t('notes.title'))
  doc.font('regular').fontSize(12).text(input.sessionTitle)
  doc.fontSize(9).fillColor('#555555')
  doc.text(
    `${t('notes.exportedFor')}: ${input.reader} · ${humanDateTime(input.exportedAt, language, timeZone)}`,
  )
  doc.fillColor('#000000').moveDown(1)
  const notes = [...input.notes].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  if (notes.length === 0) doc.font('regular').fontSize(10.5).text(t('notes.none'))
  for (const note of notes) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage()
    doc
      .font('bold')
      .fontSize(12.5)
      .text(note.title || '—')
    const when = humanDateTime(Date.parse(note.updatedAt), language, timeZone)
    doc.font('regular').fontSize(8.5).fillColor('#555555')
    doc.text(`${visibilityLabel(note.visibility, input.sides, language)} · ${t('notes.updated')} ${when}`)
    doc.fillColor('#000000').fontSize(10.5).moveDown(0.3)
    // The body is indented under its title, in the body font only: whatever it says ("mediator only", a
    // title-like line), it cannot look like the export's own headings and visibility lines, which are not.
    const left = doc.page.margins.left
    const width = doc.page.width - left - doc.page.margins.right - BODY_INDENT
    doc.text(note.body.replace(/\r\n?/g, '\n'), left + BODY_INDENT, doc.y, { width, paragraphGap: 4 })
    doc.x = left
    doc.moveDown(0.8)
  }
  // Caucus documents the reader may read: the side's shared notes and its points, each marked as may be passed
  // on or confidential; their text, too, is set indented in the body font.
  for (const c of caucusWithContent(input.caucus)) {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage()
    const side = caucusName(c.sideId, input.sides)
    doc
      .font('bold')
      .fontSize(12.5)
      .text(t('notes.caucus', { name: side }))
    doc.font('regular').fontSize(8.5).fillColor('#555555')
    doc.text(visibilityLabel(`side:${c.sideId}`, input.sides, language))
    doc.fillColor('#000000').fontSize(10.5).moveDown(0.3)
    const left = doc.page.margins.left
    const width = doc.page.width - left - doc.page.margins.right - BODY_INDENT
    if (c.notes.trim())
      doc.text(c.notes.replace(/\r\n?/g, '\n'), left + BODY_INDENT, doc.y, { width, paragraphGap: 4 })
    for (const point of c.points) {
      const when = humanDateTime(point.at, language, timeZone)
      const share = t(point.mayShare ? 'notes.mayShare' : 'notes.confidential')
      doc.text(`${when} · ${share}: ${point.text}`, left + BODY_INDENT, doc.y, { width, paragraphGap: 2 })
    }
    doc.x = left
    doc.moveDown(0.8)
  }
  numberPages(doc, `${t('notes.title')} — ${input.sessionTitle}`, (n, of) => t('page', { n, of }))
  return pdfBytes(doc)
}
