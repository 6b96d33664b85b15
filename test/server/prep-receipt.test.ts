import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { defaultAgreementText } from '@mediation/core/prep'
import { receiptPdf } from '../../companion-server/src/prep/receipt-pdf'
import { readPdf, squash } from './record-pdf-text'

describe('prep: signature receipt PDF', () => {
  const text = defaultAgreementText('nl')
  const hash = createHash('sha256').update(text, 'utf8').digest('hex')
  const agreement = {
    version: 3,
    language: 'nl' as const,
    text,
    hash,
    updatedAt: '2026-03-01T09:00:00.000Z',
    updatedBy: 'm',
  }
  const signature = {
    id: 's1',
    participantId: 'p1',
    typedName: 'Zoë Çelik-Ødegård',
    version: 3,
    textHash: hash,
    signedAt: '2026-03-02T10:15:30.000Z',
  }

  it('parses back with the signer, session title, timestamp, hash and the full text', async () => {
    const pdf = await readPdf(
      await receiptPdf({
        sessionTitle: 'Buren Jansen / De Wit',
        lang: 'nl',
        signature,
        text: agreement,
        state: 'valid',
      }),
    )
    assert.match(pdf.flat, /Ontvangstbewijs ondertekening/)
    assert.ok(pdf.flat.includes('Zoë Çelik-Ødegård'), 'non-Latin-1 name survives (embedded font)')
    assert.ok(pdf.flat.includes('Buren Jansen / De Wit'))
    assert.ok(pdf.flat.includes('2026-03-02T10:15:30.000Z'))
    assert.ok(pdf.flat.replace(/ /g, '').includes(hash), 'the full hash is printed')
    assert.ok(pdf.flat.includes(squash('23. Opgemaakt op 1 januari 1970.')))
    assert.ok(
      !pdf.flat.includes('gewijzigd; deze handtekening'),
      'a valid signature carries no outdated warning',
    )
  })

  it('prints the name as on the invitation, not as it was typed', async () => {
    const pdf = await readPdf(
      await receiptPdf({
        sessionTitle: 'Buren',
        lang: 'nl',
        signature: { ...signature, typedName: 'peter bakker', name: 'Peter Bakker' },
        text: agreement,
        state: 'valid',
      }),
    )
    assert.ok(pdf.flat.includes('Peter Bakker'))
    assert.ok(!pdf.flat.includes('peter bakker'))
  })

  it('an outdated signature says so, in English when asked', async () => {
    const pdf = await readPdf(
      await receiptPdf({ sessionTitle: 'T', lang: 'en', signature, text: agreement, state: 'outdated' }),
    )
    assert.match(pdf.flat, /Signature receipt/)
    assert.match(pdf.flat, /the text was changed after this signature/)
  })
})
