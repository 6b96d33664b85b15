/**
 * Content hashes that Node and the browser compute identically: SHA-256 over UTF-8 of a canonical text.
 * lib0 resolves to node:crypto in Node and to a pure, synchronous JS implementation in the browser.
 */
import { digest } from 'lib0/hash/sha256'
import { encodeUtf8 } from 'lib0/string'

/** Canonical form of a text: Unicode NFC, '\n' line ends, no trailing spaces on a line, trimmed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .trim()
}

/** Hex SHA-256 of the UTF-8 bytes of `text` (hashed exactly as given). */
export function hashText(text: string): string {
  const bytes = digest(encodeUtf8(text))
  let hex = ''
  for (const b of bytes) hex += b.toString(16).padStart(2, '0')
  return hex
}
