import { createHash, randomBytes } from 'node:crypto'

/** A random URL-safe token of `bytes` bytes (16 = 128 bits). */
export const randomToken = (bytes = 16): string => randomBytes(bytes).toString('base64url')

/** A short random id for records (not a secret). */
export const randomId = (): string => randomBytes(9).toString('base64url')

/** Tokens are stored and looked up only by this hash. */
export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')
