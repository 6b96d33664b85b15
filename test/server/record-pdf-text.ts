/** Reads a PDF back with pdfjs (legacy build, for Node): page count, text per page, page sizes. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfText {
  pages: string[]
  /** All pages' text with runs of whitespace collapsed to one space (wrapped lines join up). */
  flat: string
  /** Width and height of the first page in points. */
  size: [number, number]
}

/** Parses the PDF bytes with pdfjs-dist and extracts the text of every page. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise
  try {
    const pages: string[] = []
    let size: [number, number] = [0, 0]
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      if (n === 1) size = [page.view[2] ?? 0, page.view[3] ?? 0]
      const content = await page.getTextContent()
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
    }
    return { pages, flat: pages.join(' ').replace(/\s+/g, ' '), size }
  } finally {
    await pdf.destroy()
  }
}

/** Collapses whitespace the way `flat` does, so a clause can be searched in the extracted text. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
