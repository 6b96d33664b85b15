/**
 * The signed receipt of the agreement to mediate: signer's name, session title, server timestamp, the SHA-256
 * of the exact text version, whether that version is still current, and the text itself. Record in, bytes out.
 */
import type { Language } from '@mediation/core/domain'
import { LOCALES } from '@mediation/core/i18n'
import { type AgreementText, type Signature, type SignatureState, signerName } from '@mediation/core/prep'
import { recordText } from '@mediation/core/record'
import type { SessionKind } from '@mediation/protocol'
import { newPdf, numberPages, type Pdf, pdfBytes } from '../record/pdf-kit'

export interface ReceiptInput {
  sessionTitle: string
  lang: Language
  signature: Signature
  /** The text version the signature binds to (not necessarily the current one). */
  text: AgreementText
  state: SignatureState
  timeZone?: string
  /** A coaching session's receipt names the coaching agreement (COACH-5). */
  kind?: SessionKind
}

/** Renders the receipt as PDF bytes. */
export function receiptPdf(input: ReceiptInput): Promise<Buffer> {
  const t = recordText(input.lang)
  const { signature: sig, text } = input
  const doc = newPdf({
    title: `${t('receipt.title')} — ${input.sessionTitle}`,
    createdAt: Date.parse(sig.signedAt),
  })
  doc.font('bold').fontSize(18).text(t('receipt.title'))
  const coaching = input.kind === 'coaching'
  doc
    .font('regular')
    .fontSize(12)
    .text(t(coaching ? 'receipt.doc.coaching' : 'receipt.doc'))
    .moveDown(0.6)
  field(doc, t(coaching ? 'receipt.session.coaching' : 'receipt.session'), input.sessionTitle)
  field(doc, t('receipt.signer'), signerName(sig))
  field(doc, t('receipt.at'), `${humanTime(sig.signedAt, input.lang, input.timeZone)} (${sig.signedAt})`)
  field(doc, t('receipt.version'), String(sig.version))
  doc.font('bold').fontSize(10).text(t('receipt.hash'))
  doc.font('mono').fontSize(9).text(sig.textHash).moveDown(0.5)
  doc.font('regular').fontSize(10).text(t('receipt.consent'))
  if (input.state === 'outdated') {
    doc.moveDown(0.3).font('bold').fillColor('#b00020').text(t('receipt.outdated')).fillColor('#000000')
  }
  doc.moveDown(0.8).font('bold').fontSize(12).text(t('receipt.text')).moveDown(0.3)
  doc.font('regular').fontSize(10).text(text.text, { paragraphGap: 3 })
  numberPages(doc, `${t('receipt.title')} — ${input.sessionTitle} · ${sig.textHash.slice(0, 16)}`, (n, of) =>
    t('page', { n, of }),
  )
  return pdfBytes(doc)
}

function field(doc: Pdf, label: string, value: string): void {
  doc.font('bold').fontSize(10).text(`${label}: `, { continued: true })
  doc.font('regular').text(value)
}

function humanTime(iso: string, lang: Language, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'long',
    timeStyle: 'medium',
    timeZone,
  }).format(new Date(iso))
}
