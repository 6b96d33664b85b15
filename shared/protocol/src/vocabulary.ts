/** The words every message uses: roles, languages, session kinds, document names and the error body. */
import {
  type Language as DomainLanguage,
  type Role as DomainRole,
  type SessionKind as DomainSessionKind,
  LANGUAGES,
  ROLES,
  SESSION_KINDS,
} from '@mediation/core/domain'
import { z } from 'zod'
import { INPUT_ISSUES } from './error-codes'

// One vocabulary: the domain defines these words; the wire schemas check them and share their types.
export const Role = z.enum(ROLES)
export type Role = DomainRole
export const SessionKind = z.enum(SESSION_KINDS)
export type SessionKind = DomainSessionKind
export const Language = z.enum(LANGUAGES)
export type Language = DomainLanguage

/**
 * One reason a request's input was refused: `message` is English for API users; `issue` (a zod issue code) and
 * `minimum`/`maximum` let a page word it in the reader's language.
 */
export const ErrorDetail = z.object({
  path: z.string(),
  message: z.string(),
  issue: z.enum(INPUT_ISSUES).optional(),
  /** What a bound counts: `string` (characters), `number`, `array` (items)… */
  origin: z.string().optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
})
export type ErrorDetail = z.infer<typeof ErrorDetail>

/**
 * Every error body the server sends. `code` is a SPEC rule id, a `prep/...` refusal or one of `ERROR_CODES`;
 * pages word the code and never show `error`, which is English for logs and API users.
 */
export const ApiError = z.object({
  error: z.string(),
  code: z.string().optional(),
  details: z.array(ErrorDetail).optional(),
  /** STAGGER-EARLY: when the caller's meeting link opens (ISO time). */
  opensAt: z.string().optional(),
})
export type ApiError = z.infer<typeof ApiError>

/** Session document names (DESIGN.md): `control`, `board`, `agreement`, `private/<participantId>`, `caucus/<sideId>`. */
export type DocName = 'control' | 'board' | 'agreement' | 'ledger' | `private/${string}` | `caucus/${string}`

/** `true` when A and B are the same type (each assignable to the other); guards schemas that mirror the domain. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
