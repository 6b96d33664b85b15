/** The words every message uses: roles, languages, session kinds, document names and the error body. */
import { z } from 'zod'

export const Role = z.enum(['mediator', 'party', 'adviser', 'secretariat'])
export type Role = z.infer<typeof Role>
export const SessionKind = z.enum(['mediation', 'coaching'])
export type SessionKind = z.infer<typeof SessionKind>
export const Language = z.enum(['nl', 'en'])
export type Language = z.infer<typeof Language>

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
