/**
 * The agreement on paper: A4, the title of its kind (SIGN-10), the undersigned with their particulars, the
 * considerations, numbered clauses (and the statutory reflection clause of an employment settlement), place and
 * date, then either the digital signatures (each signer's name, time and the version hash, the mediator's "seen",
 * the verification code) or, in the print layout, blocks for wet signatures and an initials box per party on
 * every page. Pure: record in, bytes out. Nothing is written to disk (the right to erasure then has nothing to chase).
 */

import { considerationLetter } from '@mediation/core/domain'
import type { AgreementRecord, RecordText, SignatureRecord } from '@mediation/core/record'
import { AGREEMENT_ATTACHMENT, humanDate, humanDateTime, recordText } from '@mediation/core/record'
import { captureText, type DrawnText, drawMark, newPdf, numberPages, type Pdf, pdfBytes } from './pdf-kit'

export interface AgreementPdfOptions {
  timeZone?: string
  /** The layout for wet signatures: signature blocks per party and initials boxes on every page. */
  print?: boolean
}

/** Room kept at the foot of every printed page for the initials boxes above the page footer. */
const PRINT_BOTTOM = 104

/** Renders the agreement record as a PDF. */
export async function agreementPdf(record: AgreementRecord, opts: AgreementPdfOptions = {}): Promise<Buffer> {
  return (await renderAgreement(record, opts)).pdf
}

/**
 * What a reader copies from the PDF's pages, for SIGN-15: the signed passage (the undersigned through the
 * signatures heading, drawn from the version's fields) and the page footers that interrupt it in a copy.
 */
export async function agreementPaper(
  record: AgreementRecord,
  opts: AgreementPdfOptions = {},
): Promise<{ passage: DrawnText[]; footers: string[] }> {
  const { passage, footers } = await renderAgreement(record, opts)
  return { passage, footers }
}

async function renderAgreement(record: AgreementRecord, opts: AgreementPdfOptions) {
  const lang = record.session.language
  const t = recordText(lang)
  const title = record.agreement.title
  const doc = newPdf({
    title: `${title} — ${record.session.title}`,
    createdAt: Date.parse(record.exportedAt),
    ...(opts.print ? { bottomMargin: PRINT_BOTTOM } : {}),
  })
  const when = (iso: string) => humanDateTime(Date.parse(iso), lang, opts.timeZone)
  // A calendar date (YYYY-MM-DD) is printed as that day, whatever the zone.
  const day = (ymd: string) => humanDate(Date.parse(`${ymd}T12:00:00Z`), lang, 'UTC')

  doc.font('bold').fontSize(20).text(title)
  doc.font('regular').fontSize(13).text(record.session.title)
  if (record.agreements.length > 1)
    doc
      .fontSize(10)
      .fillColor('#555555')
      .text(t('agreementOf', { n: record.agreement.number }))
  doc.fillColor('#000000').moveDown(0.5)
  // On paper a saved version is what people sign by hand; only an unsaved draft is marked as one there.
  const draft = opts.print ? record.version.id === 'draft' : record.status !== 'locked'
  if (draft) {
    doc
      .font('bold')
      .fontSize(10)
      .fillColor('#b00020')
      .text(t('draftBanner'))
      .fillColor('#000000')
      .moveDown(0.5)
  }
  const dated = record.countersignature?.signedAt ?? record.version.createdAt
  if (!opts.print) field(doc, t('date'), humanDate(Date.parse(dated), lang, opts.timeZone))
  // A signed, locked settlement is the final one: its working name ("Concept 2") is kept but not the headline.
  field(
    doc,
    t('version'),
    record.status === 'locked' ? t('finalVersion', { name: record.version.name }) : record.version.name,
  )
  if (record.mediator) field(doc, t('mediator'), record.mediator)
  doc.moveDown(0.5)
  attachText(doc, record)
  const passage = captureText(doc, () => body(doc, record, t, day))

  if (opts.print) wetSignatures(doc, record, t)
  else signatureBlock(doc, record, when)
  const foot = `${title} — ${record.session.title} · ${record.version.name}`
  if (opts.print) initialsOnEveryPage(doc, record, t)
  const footers = numberPages(doc, foot, (n, of) => t('page', { n, of }))
  return { pdf: await pdfBytes(doc), passage, footers }
}

/**
 * SIGN-14: the exact version text travels inside the PDF as an embedded file, uncompressed, so the verification
 * page (and any PDF tool) reads back byte for byte what the hash covers.
 */
function attachText(doc: Pdf, record: AgreementRecord): void {
  const compress = doc.compress
  doc.compress = false
  doc.file(Buffer.from(`${record.version.text}\n`, 'utf8'), {
    name: AGREEMENT_ATTACHMENT,
    type: 'text/plain',
    description: record.version.hash,
    creationDate: new Date(record.version.createdAt),
  })
  doc.compress = compress
}

/** What was signed, as printed: the undersigned, considerations, clauses, place and date, the signatures heading. */
function body(doc: Pdf, record: AgreementRecord, t: RecordText, day: (ymd: string) => string): void {
  undersigned(doc, record, t, day)
  const fields = record.version.document
  if (fields && fields.considerations.length > 0) {
    heading(doc, t('considerations'))
    doc.font('regular').fontSize(11).text(t('considerationsLead')).moveDown(0.2)
    for (const [i, c] of fields.considerations.entries()) article(doc, `${considerationLetter(i)}.`, c)
  }

  heading(doc, t('clauses'))
  if (fields) doc.font('regular').fontSize(11).text(t('agreedLead')).moveDown(0.2)
  for (const [i, clause] of record.version.clauses.entries()) article(doc, `${i + 1}.`, clause.text)
  if (record.agreement.reflectionClause) {
    const n = record.version.clauses.length + 1
    article(doc, `${n}.`, `${t('reflectionHeading')}. ${record.agreement.reflectionClause}`)
  }
  if (fields) {
    doc.moveDown(0.5).font('regular').fontSize(11)
    doc.text(
      t('placeAndDate', {
        place: fields.place || t('blank'),
        date: fields.date ? day(fields.date) : t('blank'),
      }),
    )
  }
  doc.moveDown(0.5)
  heading(doc, t('signatures'))
}

/** The parties by side: each with address and date of birth where the version has them; then advisers. */
function undersigned(doc: Pdf, record: AgreementRecord, t: RecordText, day: (ymd: string) => string): void {
  heading(doc, record.particulars.length > 0 ? t('undersigned') : t('parties'))
  for (const side of record.sides) {
    drawMark(doc, () => doc.font('bold').fontSize(10.5).text(side.name))
    doc.font('regular').fontSize(10.5)
    const mine = record.particulars.filter((p) => p.side === side.name)
    if (mine.length > 0) {
      for (const p of mine) {
        doc.font('bold').text(p.name, { indent: 12 }).font('regular')
        if (p.address) doc.text(`${t('address')}: ${p.address}`, { indent: 24 })
        if (p.birthDate) doc.text(`${t('birthDate')}: ${day(p.birthDate)}`, { indent: 24 })
      }
    } else if (side.parties.length > 0) {
      doc.text(`${t('parties')}: ${side.parties.join(', ')}`, { indent: 12 })
    }
    if (side.advisers.length > 0) doc.text(`${t('advisers')}: ${side.advisers.join(', ')}`, { indent: 12 })
  }
  doc.moveDown(0.5)
}

/** A numbered or lettered article: the mark in the margin column, the text in a hanging indent. */
function article(doc: Pdf, mark: string, text: string): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  doc.font('regular').fontSize(11)
  const height = doc.heightOfString(text, { width: width - 24 })
  if (doc.y + height > doc.page.height - doc.page.margins.bottom && height < 200) doc.addPage()
  const y = doc.y
  drawMark(doc, () => doc.font('bold').text(mark, left, y, { width: 22 }))
  doc.font('regular').text(text, left + 24, y, { width: width - 24, paragraphGap: 6 })
  doc.x = left
}

/**
 * The people who sign on paper: every party, by side, each named as the version's particulars name them, else as
 * invited (SIGN-NAMES-1: the record's side lists carry exactly those names), so no party of a side is left out when
 * only another one entered particulars.
 */
function signers(record: AgreementRecord): { name: string; side: string }[] {
  return record.sides.flatMap((side) => side.parties.map((name) => ({ name, side: side.name })))
}

/** Print layout: a block per party (signature, place, date) and the mediator's "seen", no party's signature. */
function wetSignatures(doc: Pdf, record: AgreementRecord, t: RecordText): void {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const block = (who: string, caption: string) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 96) doc.addPage()
    doc.moveDown(0.6).font('bold').fontSize(10.5).text(who, left)
    doc.font('regular').fontSize(9).fillColor('#333333').text(caption).fillColor('#000000')
    const y = doc.y + 30
    doc
      .moveTo(left, y)
      .lineTo(left + width * 0.55, y)
      .lineWidth(0.7)
      .stroke()
    doc.fontSize(8.5).text(t('signatureLine'), left, y + 3, { width: width * 0.55 })
    const x2 = left + width * 0.6
    doc
      .moveTo(x2, y)
      .lineTo(left + width, y)
      .stroke()
    doc.text(`${t('signPlace')} / ${t('signDate')}`, x2, y + 3, { width: width * 0.4 })
    doc.x = left
    doc.y = y + 16
  }
  for (const s of signers(record)) block(s.name, `${t('role.party')}, ${s.side}`)
  if (record.mediator) block(record.mediator, t('seenLine'))
  doc.moveDown(0.8).font('bold').fontSize(9).text(t('hash'), left)
  doc.font('mono').fontSize(8).text(record.version.hash)
}

/** Print layout: "Paraaf" and one labelled box per party at the foot of every page. */
function initialsOnEveryPage(doc: Pdf, record: AgreementRecord, t: RecordText): void {
  const people = signers(record)
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    const left = doc.page.margins.left
    const y = doc.page.height - 92
    doc.font('bold').fontSize(8.5).fillColor('#000000')
    doc.text(`${t('initials')}:`, left, y + 8, { lineBreak: false })
    let x = left + 52
    for (const p of people) {
      doc.rect(x, y, 44, 26).lineWidth(0.7).stroke()
      doc
        .font('regular')
        .fontSize(6.5)
        .fillColor('#555555')
        .text(initialsOf(p.name), x, y + 28, { width: 44, align: 'center', lineBreak: false })
        .fillColor('#000000')
      x += 54
    }
    doc.page.margins.bottom = bottom
  }
}

/** "Jan de Vries" → "J.d.V." (the caption under a party's box). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${[...w][0]}.`)
    .join('')
}

function signatureBlock(doc: Pdf, record: AgreementRecord, when: (iso: string) => string): void {
  const t = recordText(record.session.language)
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
