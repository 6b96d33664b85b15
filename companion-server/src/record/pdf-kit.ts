/** The pieces every record PDF shares: an A4 pdfkit document with embedded fonts, and "page X of Y" footers. */
import PDFDocument from 'pdfkit'
import { fontCoverage, fontFiles, splitRuns } from './pdf-fonts'

export type Pdf = PDFKit.PDFDocument
export type FontName = 'regular' | 'bold' | 'mono'

/** The font that draws what a family's own font lacks (Chinese names in a DejaVu line). */
const FALLBACK: Partial<Record<string, string>> = { regular: 'cjk', bold: 'cjk-bold' }

/** A new A4 document (pages buffered so footers can be numbered at the end), fonts embedded from npm packages. */
export function newPdf(info: { title: string; createdAt: number; bottomMargin?: number }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: info.bottomMargin ?? 64, left: 62, right: 62 },
    bufferPages: true,
    info: { Title: info.title, Creator: 'Mediation sidebars', CreationDate: new Date(info.createdAt) },
  })
  const files = fontFiles()
  doc.registerFont('regular', files.regular)
  doc.registerFont('bold', files.bold)
  doc.registerFont('mono', files.mono)
  doc.registerFont('cjk', files.cjk)
  doc.registerFont('cjk-bold', files.cjkBold)
  withFallbackRuns(doc)
  doc.font('regular')
  return doc
}

/** A string drawn while a capture is on; `mark` for a label beside the text (an article number, a side). */
export interface DrawnText {
  text: string
  mark: boolean
}

/** Strings drawn while a capture is on, in drawing order (what a reader copies from the page, whitespace aside). */
const captures = new WeakMap<Pdf, { log: DrawnText[]; mark: boolean }>()

/** Runs `draw` and returns the strings it drew on `doc`, in order. */
export function captureText(doc: Pdf, draw: () => void): DrawnText[] {
  const log: DrawnText[] = []
  captures.set(doc, { log, mark: false })
  try {
    draw()
  } finally {
    captures.delete(doc)
  }
  return log
}

/** Draws a label beside the text: a copy of the page may move it (viewers read a margin column apart). */
export function drawMark(doc: Pdf, draw: () => void): void {
  const c = captures.get(doc)
  if (c) c.mark = true
  try {
    draw()
  } finally {
    if (c) c.mark = false
  }
}

type TextArgs = [x?: number | PDFKit.Mixins.TextOptions, y?: number, options?: PDFKit.Mixins.TextOptions]

/**
 * Makes every `doc.text` draw each character with a font that has it: a line mixing "Łukasiewicz" and "李小龙"
 * becomes continued runs in DejaVu and Noto Sans Hans, wrapped as one paragraph. Text the family's font covers
 * takes the plain path unchanged.
 */
function withFallbackRuns(doc: Pdf): void {
  const text = doc.text.bind(doc) as (s: string, ...a: TextArgs) => Pdf
  const font = doc.font.bind(doc) as (name: string, ...rest: unknown[]) => Pdf
  // The family in use decides the fallback; pdfkit keeps no name for it.
  let family = 'regular'
  doc.font = ((name: string, ...rest: unknown[]) => {
    family = name
    return font(name, ...rest)
  }) as Pdf['font']
  doc.text = ((value: string | number, ...args: TextArgs) => {
    const s = String(value)
    const c = captures.get(doc)
    c?.log.push({ text: s, mark: c.mark })
    const fallback = FALLBACK[family]
    const runs = fallback ? splitRuns(s, fontCoverage()) : []
    if (!fallback || runs.every((r) => !r.fallback)) return text(s, ...args)
    const [x, y, options] = typeof args[0] === 'object' ? [undefined, undefined, args[0]] : args
    const own = family
    runs.forEach((r, i) => {
      font(r.fallback ? fallback : own)
      const last = i === runs.length - 1
      const opts = { ...options, continued: last ? (options?.continued ?? false) : true }
      if (i === 0 && typeof x === 'number') text(r.text, x, y, opts)
      else text(r.text, opts)
    })
    font(own)
    return doc
  }) as Pdf['text']
}

/**
 * Writes `left` and `label(n, total)` at the foot of every page; call once, after all content. Returns the
 * strings it drew (the left one cut to fit, with an ellipsis), so a copy of the pages can be read without them.
 */
export function numberPages(doc: Pdf, left: string, label: (n: number, of: number) => string): string[] {
  const { start, count } = doc.bufferedPageRange()
  const drawn: string[] = []
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    // Writing inside the bottom margin would make pdfkit open a new page; lift the margin for the footer.
    doc.page.margins.bottom = 0
    const y = doc.page.height - 40
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right
    doc.font('regular').fontSize(8).fillColor('#555555')
    const fitted = fit(doc, left, width * 0.7)
    const numbered = label(i - start + 1, count)
    doc.text(fitted, doc.page.margins.left, y, { width: width * 0.7, lineBreak: false })
    doc.text(numbered, doc.page.margins.left, y, { width, align: 'right', lineBreak: false })
    drawn.push(fitted, numbered)
    doc.page.margins.bottom = bottom
  }
  doc.fillColor('#000000')
  return drawn
}

/** `text` cut (with an ellipsis) to fit `width` in the current font, cut here so the caller knows what was drawn. */
function fit(doc: Pdf, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text
  const chars = [...text]
  while (chars.length > 0 && doc.widthOfString(`${chars.join('')}…`) > width) chars.pop()
  return `${chars.join('').trimEnd()}…`
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
