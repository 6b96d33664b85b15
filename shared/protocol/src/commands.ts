/**
 * POST /api/sessions/:id/commands — a party action on a document it may only read (and the mediator's commands
 * on an agreement's kind and fields, SIGN-9/10/12, which the domain refuses from anyone else). This schema is the wire's
 * one source: the server parses with it, the OpenAPI document is generated from it, the browser client sends its
 * inferred type. The domain keeps its own `PartyCommand` type and parser because the core depends on nothing
 * but yjs and lib0 (no zod) and this package depends on the core: `_commandsMatch` fails the build when the two
 * types drift apart, the domain's shape table must name each command's fields exactly, and a property test
 * (CMD-1) checks that this schema and `parseCommand` accept the same bodies with the same result.
 */
import type { PartyCommand as DomainCommand } from '@mediation/core/domain'
import { z } from 'zod'
import { Phase } from './session-status'
import type { Same } from './vocabulary'

/** Shapes the domain accepts: ids and hashes are 1–200 characters; versions whole numbers from 1. */
const text = z.string().min(1).max(200)
// multipleOf(1), not int(): zod's int() stops at 2^53 and the domain's Number.isInteger does not.
const version = z.number().min(1).multipleOf(1)
/** A report time in ms (clamped to the server clock, CMD-3), or left out. */
const at = z.number().finite().min(0).optional()
/** Board texts: a title or id as `text`; a description up to 10 000 characters; a sticking point, null to clear. */
const description = z.string().max(10_000).optional()
const ref = text.nullable().optional()
/** A caucus room's sides: 1–50 side ids. */
const sides = z.array(text).min(1).max(50)

export const PartyCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('raiseHand') }).strict(),
  z.object({ type: z.literal('lowerHand') }).strict(),
  z.object({ type: z.literal('acceptRules'), version, hash: text }).strict(),
  // SIGN-16/17: the name as typed (the domain compares it with the invitation's) and the signer's explicit consent.
  z
    .object({
      type: z.literal('signAgreement'),
      versionId: text,
      hash: text,
      typedName: text,
      consent: z.boolean(),
    })
    .strict(),
  // SIGN-11: a party's own particulars (the domain refuses anyone else's); '' leaves a field empty.
  z
    .object({
      type: z.literal('setParticulars'),
      participantId: text,
      name: text,
      address: z.string().max(300),
      birthDate: z.string().max(10),
      agreementId: text.optional(),
    })
    .strict(),
  // SIGN-9/10/12: the mediator's commands on the agreement's kind and fields (the domain refuses anyone else).
  z.object({ type: z.literal('startAgreement'), kind: text }).strict(),
  z.object({ type: z.literal('setAgreementKind'), kind: text, agreementId: text.optional() }).strict(),
  z
    .object({
      type: z.literal('setConsiderations'),
      considerations: z.array(z.string().max(10_000)).max(30),
      agreementId: text.optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('setPlaceAndDate'),
      place: z.string().max(200),
      date: z.string().max(10),
      agreementId: text.optional(),
    })
    .strict(),
  // SIGN-13: the mediator turns an agreed option into the clause that links it (once; a repeat finds that clause).
  z.object({ type: z.literal('clauseFromOption'), optionId: text, agreementId: text.optional() }).strict(),
  // TALK-8: the mediator marks who speaks now (null or left out: nobody); the domain refuses anyone else.
  z.object({ type: z.literal('markSpeaker'), participantId: ref }).strict(),
  z.object({ type: z.literal('reportSpeaking'), speaking: z.boolean(), at }).strict(),
  z.object({ type: z.literal('reportMuted'), muted: z.boolean(), at }).strict(),
  // COACH-4: the client ticks an action point of its coaching plan off (or on again).
  z.object({ type: z.literal('tickAction'), id: text, done: z.boolean() }).strict(),
  // The mediator's move into joint session goes through the server, which alone knows the safety hold (SAFETY-4).
  z.object({ type: z.literal('setPhase'), phase: Phase }).strict(),
  // Ending a meeting during a caucus goes through the server too: whether the sides go back to joint does (MEET-3).
  z.object({ type: z.literal('endMeeting') }).strict(),
  // CAUCUS-1/11/12: the mediator's caucus rooms (one or more sides each), planned and changed through the server.
  z.object({ type: z.literal('planCaucus'), groups: z.array(sides).min(1).max(50) }).strict(),
  z
    .object({
      type: z.literal('changeCaucus'),
      groups: z
        .array(z.object({ room: text.optional(), sides }).strict())
        .min(1)
        .max(50),
    })
    .strict(),
  // The board (BOARD-13): what a party or adviser may add and change, checked and applied by the server.
  z.object({ type: z.literal('addIdea'), title: text, description, pointId: ref }).strict(),
  z
    .object({ type: z.literal('editIdea'), id: text, title: text.optional(), description, pointId: ref })
    .strict(),
  z.object({ type: z.literal('withdrawIdea'), id: text }).strict(),
  z.object({ type: z.literal('setInterests'), id: text, text: z.string().max(2000) }).strict(),
  z.object({ type: z.literal('addPoint'), title: text, description }).strict(),
  z.object({ type: z.literal('editPoint'), id: text, title: text.optional(), description }).strict(),
])
export type PartyCommand = z.infer<typeof PartyCommand>

/** Compiles only while the wire's commands and the domain's are the same type, both ways round. */
const _commandsMatch: Same<PartyCommand, DomainCommand> = true

/** `id` names the item a board command created (addIdea, addPoint). */
export const CommandResponse = z.object({ ok: z.literal(true), id: z.string().optional() })
export type CommandResponse = z.infer<typeof CommandResponse>
