import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { CODE_BITS, CODE_RANDOM_BYTES, codeFromRandom, normalizeCode } from '@mediation/core/record'

describe('record: verification codes', () => {
  it('carry at least 80 random bits and read back as themselves', () => {
    assert.ok(CODE_BITS >= 80)
    const code = codeFromRandom(randomBytes(CODE_RANDOM_BYTES))
    assert.match(code, /^([0-9A-Z]{4}-){5}[0-9A-Z*~$=]$/)
    assert.equal(normalizeCode(code), code)
  })

  it('forgive case, spaces, missing dashes and look-alike letters', () => {
    const code = codeFromRandom(new Uint8Array(CODE_RANDOM_BYTES).fill(0x5a))
    const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o').replaceAll('1', 'l')
    assert.equal(normalizeCode(typed), code)
  })

  it('reject a single mistyped or two swapped characters', () => {
    for (let round = 0; round < 200; round++) {
      const code = codeFromRandom(randomBytes(CODE_RANDOM_BYTES))
      const raw = code.replaceAll('-', '')
      const i = round % 20
      const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
      const other = alphabet[(alphabet.indexOf(raw[i] ?? '0') + 1 + (round % 31)) % 32]
      assert.equal(normalizeCode(raw.slice(0, i) + other + raw.slice(i + 1)), null, `typo at ${i} in ${code}`)
      const j = i === 19 ? 18 : i
      if (raw[j] !== raw[j + 1]) {
        const swapped = raw.slice(0, j) + raw[j + 1] + raw[j] + raw.slice(j + 2)
        assert.equal(normalizeCode(swapped), null, `swap at ${j} in ${code}`)
      }
    }
  })

  it('differ between draws (no fixed or short codes)', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => codeFromRandom(randomBytes(CODE_RANDOM_BYTES))))
    assert.equal(codes.size, 1000)
    assert.equal(normalizeCode('ABCD'), null)
    assert.equal(normalizeCode(''), null)
  })
})
