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

// One vocabulary: the domain defines these words; the wire schemas check them and share their types.
export const Role = z.enum(ROLES)
export type Role = DomainRole
export const SessionKind = z.enum(SESSION_KINDS)
export type SessionKind = DomainSessionKind
export const Language = z.enum(LANGUAGES)
export type Language = DomainLanguage

/** Every error body the server sends. `code` names the violated rule (a SPEC id) where there is one. */
export const ApiError = z.object({
  error: z.string(),
  code: z.string().optional(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type ApiError = z.infer<typeof ApiError>

/** Session document names (DESIGN.md): `control`, `board`, `agreement`, `private/<participantId>`, `caucus/<sideId>`. */
export type DocName = 'control' | 'board' | 'agreement' | `private/${string}` | `caucus/${string}`

/** `true` when A and B are the same type (each assignable to the other); guards schemas that mirror the domain. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
