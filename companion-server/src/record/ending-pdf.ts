/** The ending statement on paper (PHASE-9). Pure: the statement's lines in, bytes out. */
import type { EndingStatement } from '@mediation/core/record'
import { recordText } from '@mediation/core/record'
import type { Language } from '@mediation/protocol'
import { newPdf, numberPages, pdfBytes } from './pdf-kit'

/** Renders an ending statement as a one-page A4 PDF. */
export function endingPdf(s: EndingStatement, language: Language, issuedAt: number): Promise<Buffer> {
  const t = recordText(language)
  const doc = newPdf({ title: `${s.title} — ${s.sessionTitle}`, createdAt: issuedAt })
  doc.font('bold').fontSize(18).text(s.title)
  doc.moveDown(0.8)
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  for (const row of s.rows) {
    const y = doc.y
    doc.font('bold').fontSize(10.5).text(row.label, left, y, { width: 150 })
    const after = doc.y
    if (row.value) doc.font('regular').text(row.value, left + 160, y, { width: width - 160 })
    doc.x = left
    doc.y = Math.max(after, doc.y) + 3
  }
  doc.moveDown(0.8)
  doc.font('bold').fontSize(12.5).text(s.outcomeLabel)
  doc.font('regular').fontSize(11).text(s.outcome, { width })
  if (s.note) {
    doc.moveDown(0.8)
    doc.font('bold').fontSize(10.5).text(s.note.label)
    doc.font('regular').text(s.note.text.replace(/\r\n?/g, '\n'), { width })
  }
  doc.moveDown(1.2)
  doc.font('regular').fontSize(9).fillColor('#555555').text(s.confidential, { width })
  doc.moveDown(0.6).text(s.issued)
  doc.fillColor('#000000')
  numberPages(doc, `${s.title} — ${s.sessionTitle}`, (n, of) => t('page', { n, of }))
  return pdfBytes(doc)
}
