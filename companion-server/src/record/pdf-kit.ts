/** The pieces every record PDF shares: an A4 pdfkit document with embedded fonts, and "page X of Y" footers. */
import { existsSync } from 'node:fs'
import PDFDocument from 'pdfkit'

const DEJAVU = '/usr/share/fonts/truetype/dejavu'
/** Embedded DejaVu covers every name a participant may type; the built-in Helvetica only covers Latin-1. */
const FONTS = {
  regular: `${DEJAVU}/DejaVuSans.ttf`,
  bold: `${DEJAVU}/DejaVuSans-Bold.ttf`,
  mono: `${DEJAVU}/DejaVuSansMono.ttf`,
}

export type Pdf = PDFKit.PDFDocument
export type FontName = keyof typeof FONTS

/** A new A4 document (pages buffered so footers can be numbered at the end). */
export function newPdf(info: { title: string; createdAt: number }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 62, right: 62 },
    bufferPages: true,
    info: { Title: info.title, Creator: 'Mediation sidebars', CreationDate: new Date(info.createdAt) },
  })
  const embedded = existsSync(FONTS.regular) && existsSync(FONTS.bold) && existsSync(FONTS.mono)
  doc.registerFont('regular', embedded ? FONTS.regular : 'Helvetica')
  doc.registerFont('bold', embedded ? FONTS.bold : 'Helvetica-Bold')
  doc.registerFont('mono', embedded ? FONTS.mono : 'Courier')
  doc.font('regular')
  return doc
}

/** Writes `label(n, total)` at the foot of every page; call once, after all content. */
export function numberPages(doc: Pdf, left: string, label: (n: number, of: number) => string): void {
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin for the footer.
    doc.page.margins.bottom = 0
    const y = doc.page.height - 40
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    doc.font('regular').fontSize(8).fillColor('#555555')
    doc.text(left, doc.page.margins.left, y, { width: width * 0.7, lineBreak: false, ellipsis: true })
    doc.text(label(i - start + 1, count), doc.page.margins.left, y, {
      width,
      align: 'right',
      lineBreak: false,
    })
    doc.page.margins.bottom = bottom
  }
  doc.fillColor('#000000')
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })
}
