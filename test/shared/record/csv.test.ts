import assert from 'node:assert/strict'
import { csvCell, parseCsv, toCsv } from '@mediation/core/record'
import fc from 'fast-check'

describe('record: CSV (RFC 4180, formula-safe)', () => {
  it('quotes commas, quotes and line breaks', () => {
    assert.equal(csvCell('a,b'), '"a,b"')
    assert.equal(csvCell('say "hi"'), '"say ""hi"""')
    assert.equal(csvCell('two\nlines'), '"two\nlines"')
    assert.equal(csvCell('plain'), 'plain')
  })

  it('defuses cells a spreadsheet would run as a formula', () => {
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`)
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      assert.equal(csvCell(`${start}1`).replace(/"/g, '')[0], "'")
    assert.equal(csvCell(12.5), '12.5')
  })

  it('ends records with CRLF', () => {
    assert.equal(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
      'a,b\r\nc,d\r\n',
    )
  })

  it('round-trips any text that does not start like a formula', () => {
    const cell = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          assert.deepEqual(parseCsv(toCsv(rows)), rows)
        },
      ),
      { seed: 4180, numRuns: 300 },
    )
  })

  it('TIME-3 the Dutch dialect: semicolons, a decimal comma, a BOM; a cell holding ";" is quoted; formulas stay defused', () => {
    const csv = toCsv(
      [
        ['naam', 'uren'],
        ['De Vries; Jansen', { value: 1.5, digits: 2 }],
        ['=1+1', 2.25],
      ],
      'nl',
    )
    assert.equal(csv, '\uFEFFnaam;uren\r\n"De Vries; Jansen";1,50\r\n\'=1+1;2,25\r\n')
    assert.deepEqual(parseCsv(csv, ';'), [
      ['naam', 'uren'],
      ['De Vries; Jansen', '1,50'],
      ["'=1+1", '2,25'],
    ])
    assert.equal(
      toCsv([['a,b', { value: 1.5, digits: 2 }]]),
      '"a,b",1.50\r\n',
      'intl: comma quoted, decimal point, no BOM',
    )
    // No thousands separators: a spreadsheet set to the other convention would misread them.
    assert.equal(toCsv([[{ value: 1234567.891, digits: 3 }, 'x;y,z']], 'nl'), '\uFEFF1234567,891;"x;y,z"\r\n')
    assert.equal(toCsv([[{ value: 1234567.891, digits: 3 }, 'x;y']]), '1234567.891,x;y\r\n')
  })

  it('TIME-3 round-trips any text in the Dutch dialect too', () => {
    const cell = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          assert.deepEqual(parseCsv(toCsv(rows, 'nl'), ';'), rows)
        },
      ),
      { seed: 4181, numRuns: 300 },
    )
  })
})
