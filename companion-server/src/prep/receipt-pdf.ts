/**
 * The signed receipt of the agreement to mediate: signer's name, session title, server timestamp, the SHA-256
 * of the exact text version, whether that version is still current, and the text itself. Record in, bytes out.
 */
import type { Language } from '@mediation/core/domain'
import type { AgreementText, Signature, SignatureState } from '@mediation/core/prep'
import { newPdf, numberPages, type Pdf, pdfBytes } from '../record/pdf-kit'

export interface ReceiptInput {
  sessionTitle: string
  lang: Language
  signature: Signature
  /** The text version the signature binds to (not necessarily the current one). */
  text: AgreementText
  state: SignatureState
  timeZone?: string
}

const LABELS = {
  nl: {
    title: 'Ontvangstbewijs ondertekening',
    doc: 'Overeenkomst tot mediation',
    session: 'Mediation',
    signer: 'Ondertekend door',
    at: 'Tijdstip (server)',
    version: 'Tekstversie',
    hash: 'SHA-256 van de ondertekende tekst',
    consent:
      'De ondertekenaar heeft uitdrukkelijk verklaard de tekst te hebben gelezen en ermee in te stemmen.',
    outdated:
      'Let op: de tekst is na deze ondertekening gewijzigd; deze handtekening geldt niet voor de nieuwe versie.',
    text: 'Ondertekende tekst',
    page: (n: number, of: number) => `pagina ${n} van ${of}`,
  },
  en: {
    title: 'Signature receipt',
    doc: 'Agreement to mediate',
    session: 'Mediation',
    signer: 'Signed by',
    at: 'Time (server)',
    version: 'Text version',
    hash: 'SHA-256 of the signed text',
    consent: 'The signer explicitly declared having read and agreed to the text.',
    outdated: 'Note: the text was changed after this signature; it does not cover the new version.',
    text: 'Signed text',
    page: (n: number, of: number) => `page ${n} of ${of}`,
  },
} as const

/** Renders the receipt as PDF bytes. */
export function receiptPdf(input: ReceiptInput): Promise<Buffer> {
  const L = LABELS[input.lang]
  const { signature: sig, text } = input
  const doc = newPdf({ title: `${L.title} — ${input.sessionTitle}`, createdAt: Date.parse(sig.signedAt) })
  doc.font('bold').fontSize(18).text(L.title)
  doc.font('regular').fontSize(12).text(L.doc).moveDown(0.6)
  field(doc, L.session, input.sessionTitle)
  field(doc, L.signer, sig.typedName)
  field(doc, L.at, `${humanTime(sig.signedAt, input.lang, input.timeZone)} (${sig.signedAt})`)
  field(doc, L.version, String(sig.version))
  doc.font('bold').fontSize(10).text(L.hash)
  doc.font('mono').fontSize(9).text(sig.textHash).moveDown(0.5)
  doc.font('regular').fontSize(10).text(L.consent)
  if (input.state === 'outdated') {
    doc.moveDown(0.3).font('bold').fillColor('#b00020').text(L.outdated).fillColor('#000000')
  }
  doc.moveDown(0.8).font('bold').fontSize(12).text(L.text).moveDown(0.3)
  doc.font('regular').fontSize(10).text(text.text, { paragraphGap: 3 })
  numberPages(doc, `${L.title} — ${input.sessionTitle} · ${sig.textHash.slice(0, 16)}`, L.page)
  return pdfBytes(doc)
}

function field(doc: Pdf, label: string, value: string): void {
  doc.font('bold').fontSize(10).text(`${label}: `, { continued: true })
  doc.font('regular').text(value)
}

function humanTime(iso: string, lang: Language, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso))
}
