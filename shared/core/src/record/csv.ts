/**
 * RFC 4180 CSV, safe to open in a spreadsheet: a cell that a spreadsheet would read as a formula
 * (starting with = + - @, or a tab/carriage return that some programs strip first) gets a leading
 * apostrophe, so a name like `=HYPERLINK(...)` typed by a participant stays text on the invoice.
 *
 * Two dialects: `intl` is RFC 4180 as written (comma, decimal point, no BOM) for other software; `nl` is what
 * Excel with Dutch regional settings opens as columns: semicolons, a decimal comma, and a UTF-8 BOM (without
 * it Excel reads the file as Windows-1252 and mangles "ë").
 */

import type { Language } from '../domain/types'

/** The spreadsheet convention an export follows. */
export type CsvDialect = 'nl' | 'intl'

export const CSV_DIALECTS: Record<CsvDialect, { separator: ',' | ';'; decimal: '.' | ','; bom: boolean }> = {
  nl: { separator: ';', decimal: ',', bom: true },
  intl: { separator: ',', decimal: '.', bom: false },
}

/** The dialect a session's export uses unless asked otherwise: its readers' spreadsheet convention. */
export const DEFAULT_CSV_DIALECT: Record<Language, CsvDialect> = { nl: 'nl', en: 'intl' }

/** A number with a fixed count of decimals, written in the dialect's decimal mark (never formula-guarded). */
export interface Decimal {
  value: number
  digits: number
}

export type CsvValue = string | number | Decimal

const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: defused against formula injection, then quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: CsvValue, dialect: CsvDialect = 'intl'): string {
  const { separator, decimal } = CSV_DIALECTS[dialect]
  let text: string
  if (typeof value === 'object') text = value.value.toFixed(value.digits).replace('.', decimal)
  else if (typeof value === 'number') text = String(value).replace('.', decimal)
  else text = FORMULA_START.test(value) ? `'${value}` : value
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text)
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text
}

/** A whole CSV document in `dialect`: rows joined with CRLF (RFC 4180), ending with a CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[], dialect: CsvDialect = 'intl'): string {
  const { separator, bom } = CSV_DIALECTS[dialect]
  const body = rows.map((row) => row.map((v) => csvCell(v, dialect)).join(separator)).join('\r\n')
  return (bom ? '\uFEFF' : '') + body + (rows.length > 0 ? '\r\n' : '')
}

/** Parses CSV back into rows (used by tests and by anyone re-importing an export); a leading BOM is skipped. */
export function parseCsv(input: string, separator: ',' | ';' = ','): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) {
      row.push(cell)
      cell = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += ch
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell])
  return rows
}
