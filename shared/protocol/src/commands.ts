/**
 * POST /api/sessions/:id/commands — a party action on a document it may only read. The union is exactly the
 * domain's `PartyCommand` (CMD-1): `satisfies` fails the build when the two drift apart, and a property test
 * checks that this schema and the domain's `parseCommand` accept the same bodies.
 */
import type { PartyCommand as DomainCommand } from '@mediation/core/domain'
import { z } from 'zod'
import type { Same } from './vocabulary'

/** Shapes the domain accepts: ids and hashes are 1–200 characters; versions whole numbers from 1. */
const text = z.string().min(1).max(200)
// multipleOf(1), not int(): zod's int() stops at 2^53 and the domain's Number.isInteger does not.
const version = z.number().min(1).multipleOf(1)
/** A report time in ms (clamped to the server clock, CMD-3), or left out. */
const at = z.number().finite().min(0).optional()

export const PartyCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('raiseHand') }).strict(),
  z.object({ type: z.literal('lowerHand') }).strict(),
  z.object({ type: z.literal('acceptRules'), version, hash: text }).strict(),
  z.object({ type: z.literal('signAgreement'), versionId: text, hash: text }).strict(),
  z.object({ type: z.literal('reportSpeaking'), speaking: z.boolean(), at }).strict(),
  z.object({ type: z.literal('reportMuted'), muted: z.boolean(), at }).strict(),
])
export type PartyCommand = z.infer<typeof PartyCommand>

/** Compiles only while the wire's commands and the domain's are the same type, both ways round. */
const _commandsMatch: Same<PartyCommand, DomainCommand> = true

export const CommandResponse = z.object({ ok: z.literal(true) })
export type CommandResponse = z.infer<typeof CommandResponse>
