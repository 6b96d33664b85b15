/**
 * The agreement on paper: A4, title, parties and advisers, date, numbered clauses, a signature block with
 * each signer's name, time and the version hash, and the verification code. Pure: record in, bytes out.
 * Nothing is written to disk (the right to erasure then has nothing to chase).
 */
import type { AgreementRecord, SignatureRecord } from '@mediation/core/record'
import { humanDate, humanDateTime, recordText } from '@mediation/core/record'
import { newPdf, numberPages, type Pdf, pdfBytes } from './pdf-kit'

export interface AgreementPdfOptions {
  timeZone?: string
}

/** Renders the agreement record as a PDF. */
export function agreementPdf(record: AgreementRecord, opts: AgreementPdfOptions = {}): Promise<Buffer> {
  const lang = record.session.language
  const t = recordText(lang)
  const doc = newPdf({
    title: `${t('agreementTitle')} — ${record.session.title}`,
    createdAt: Date.parse(record.exportedAt),
  })
  const when = (iso: string) => humanDateTime(Date.parse(iso), lang, opts.timeZone)

  doc.font('bold').fontSize(20).text(t('agreementTitle'))
  doc.font('regular').fontSize(13).text(record.session.title).moveDown(0.5)
  if (record.status !== 'locked') {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#b00020')
      .text(t('draftBanner'))
      .fillColor('#000000')
      .moveDown(0.5)
  }
  const dated = record.countersignature?.signedAt ?? record.version.createdAt
  field(doc, t('date'), humanDate(Date.parse(dated), lang, opts.timeZone))
  // A signed, locked settlement is the final one: its working name ("Concept 2") is kept but not the headline.
  field(
    doc,
    t('version'),
    record.status === 'locked' ? t('finalVersion', { name: record.version.name }) : record.version.name,
  )
  if (record.mediator) field(doc, t('mediator'), record.mediator)
  doc.moveDown(0.5)

  heading(doc, t('parties'))
  for (const side of record.sides) {
    doc.font('bold').fontSize(10.5).text(side.name)
    doc.font('regular').fontSize(10.5)
    if (side.parties.length > 0) doc.text(`${t('parties')}: ${side.parties.join(', ')}`, { indent: 12 })
    if (side.advisers.length > 0) doc.text(`${t('advisers')}: ${side.advisers.join(', ')}`, { indent: 12 })
  }
  doc.moveDown(0.5)

  heading(doc, t('clauses'))
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  record.version.clauses.forEach((clause, i) => {
    // Number in the margin column, text in a hanging indent so wrapped lines align under the text.
    doc.font('regular').fontSize(11)
    if (
      doc.y + doc.heightOfString(clause.text, { width: width - 24 }) >
      doc.page.height - doc.page.margins.bottom
    ) {
      if (doc.heightOfString(clause.text, { width: width - 24 }) < 200) doc.addPage()
    }
    const y = doc.y
    doc.font('bold').text(`${i + 1}.`, left, y, { width: 22 })
    doc.font('regular').text(clause.text, left + 24, y, { width: width - 24, paragraphGap: 6 })
    doc.x = left
  })
  doc.moveDown(0.5)

  signatureBlock(doc, record, when)
  numberPages(doc, `${t('agreementTitle')} — ${record.session.title} · ${record.version.name}`, (n, of) =>
    t('page', { n, of }),
  )
  return pdfBytes(doc)
}

function signatureBlock(doc: Pdf, record: AgreementRecord, when: (iso: string) => string): void {
  const t = recordText(record.session.language)
  heading(doc, t('signatures'))
  for (const side of record.sides) {
    for (const name of side.parties) {
      const signed = record.signatures.find((s) => s.name === name && s.side === side.name)
      signer(doc, `${name} (${t('role.party')}, ${side.name})`, signed, t('notSigned'), t('signedAt'), when)
    }
  }
  const others = record.signatures.filter(
    (s) => !record.sides.some((d) => d.name === s.side && d.parties.includes(s.name)),
  )
  for (const s of others)
    signer(
      doc,
      `${s.name} (${t(`role.${s.role}`)}${s.side ? `, ${s.side}` : ''})`,
      s,
      '',
      t('signedAt'),
      when,
    )
  if (record.countersignature) {
    doc.moveDown(0.3).font('bold').fontSize(10.5).text(t('countersignature'))
    signer(
      doc,
      `${record.countersignature.name} (${t('role.mediator')})`,
      record.countersignature,
      '',
      t('signedAt'),
      when,
    )
  }
  doc.moveDown(0.5).font('bold').fontSize(10).text(t('hash'))
  doc.font('mono').fontSize(9).text(record.version.hash)
  if (record.verification) {
    doc.moveDown(0.5).font('bold').fontSize(10).text(t('verification'))
    doc.font('mono').fontSize(14).text(record.verification.code)
    doc
      .font('regular')
      .fontSize(9)
      .text(t('verificationHelp', { url: record.verification.url }))
  }
}

function signer(
  doc: Pdf,
  who: string,
  s: SignatureRecord | undefined,
  unsigned: string,
  signedAt: string,
  when: (iso: string) => string,
): void {
  // Keep one signer's lines together on a page.
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage()
  doc.moveDown(0.3).font('regular').fontSize(10.5).text(who)
  if (s) {
    doc
      .fontSize(9)
      .fillColor('#333333')
      .text(`${signedAt} ${when(s.signedAt)}`, { indent: 12 })
    doc.font('mono').fontSize(7.5).text(s.hash, { indent: 12 }).fillColor('#000000')
  } else {
    doc.fontSize(9).fillColor('#b00020').text(unsigned, { indent: 12 }).fillColor('#000000')
  }
}

function heading(doc: Pdf, text: string): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage()
  doc.moveDown(0.3).font('bold').fontSize(13).text(text).moveDown(0.3)
}

function field(doc: Pdf, label: string, value: string): void {
  doc.font('bold').fontSize(10.5).text(`${label}: `, { continued: true }).font('regular').text(value)
}
