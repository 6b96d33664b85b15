/** Request bodies of the prep API (shapes of @mediation/core/prep's api-types), validated before anything runs. */
import {
  type ChecklistItem,
  MAX_AGREEMENT_LENGTH,
  MAX_ANSWER_LENGTH,
  MAX_QUESTIONS,
} from '@mediation/core/prep'
import { z } from 'zod'
import { Language } from './vocabulary'

const status = z.enum(['pass', 'warn', 'fail', 'skipped'])
const problem = z
  .enum(['permission-denied', 'no-device', 'device-busy', 'constraint', 'insecure', 'unsupported', 'unknown'])
  .nullable()
const ms = z.number().finite().min(0).max(600_000).nullable()
const dim = z.number().int().min(0).max(100_000).nullable()
const yes = z.boolean()
const checklist = {
  privateRoom: yes,
  alone: yes,
  headphones: yes,
  light: yes,
  charger: yes,
} satisfies Record<ChecklistItem, z.ZodBoolean>

export const PracticeSummarySchema = z
  .object({
    browser: z
      .object({ status, webrtc: z.boolean(), getUserMedia: z.boolean(), websocket: z.boolean() })
      .strict(),
    camera: z.object({ status, problem, width: dim, height: dim }).strict(),
    microphone: z.object({ status, problem, peakLevel: z.number().finite().min(0).max(1) }).strict(),
    speaker: z.object({ status, heard: z.boolean().nullable(), sinkSelectable: z.boolean() }).strict(),
    network: z
      .object({
        status,
        rttMs: ms,
        jitterMs: ms,
        lossPct: z.number().finite().min(0).max(100),
        verdict: z.enum(['good', 'fair', 'poor']).nullable(),
      })
      .strict(),
    ice: z
      .object({
        status,
        configured: z.boolean(),
        candidateTypes: z.array(z.enum(['host', 'srflx', 'prflx', 'relay'])).max(4),
      })
      .strict(),
    checklist: z.object(checklist).strict(),
  })
  .strict()

export const PracticeBodySchema = z.object({ summary: PracticeSummarySchema }).strict()

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - and _ only (at most 64)')
const label = z.object({ nl: z.string().max(1000), en: z.string().max(1000) }).strict()

export const IntakeBodySchema = z
  .object({
    answers: z
      .record(id, z.string().max(MAX_ANSWER_LENGTH))
      .refine((a) => Object.keys(a).length <= MAX_QUESTIONS),
  })
  .strict()

export const QuestionsBodySchema = z
  .object({
    questions: z
      .array(
        z
          .object({
            id,
            kind: z.enum(['text', 'yesno', 'choice', 'phone']),
            label,
            required: z.boolean(),
            options: z.array(z.object({ id, label }).strict()).max(20).optional(),
            safety: z.boolean().optional(),
            worrying: z.enum(['yes', 'no', 'never']).optional(),
            purpose: label.optional(),
            showIf: z
              .object({ questionId: id, answer: z.string().max(64) })
              .strict()
              .optional(),
            notice: z
              .object({ answer: z.string().max(64), text: label })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .max(MAX_QUESTIONS),
  })
  .strict()

export const AgreementBodySchema = z
  .object({ language: Language, text: z.string().max(MAX_AGREEMENT_LENGTH + 1) })
  .strict()

export const SignBodySchema = z
  .object({
    typedName: z.string().max(200),
    consent: z.boolean(),
    textHash: z.string().max(128),
  })
  .strict()

/** SAFETY-8: a party's text checked for its own code word (what it typed in a field of the sidebar). */
export const SafetyWordBodySchema = z.object({ text: z.string().max(MAX_ANSWER_LENGTH) }).strict()
export type SafetyWordBody = z.infer<typeof SafetyWordBodySchema>
export const SafetyWordResponse = z.object({ match: z.boolean() })

/** SAFETY-9: the longest delay of a staggered start, in minutes. */
export const MAX_STAGGER_MIN = 120
/** SAFETY-9: minutes after the meeting's start at which each participant's meeting link opens (0: at the start). */
export const StaggerBodySchema = z
  .object({
    delays: z
      .record(z.string().min(1).max(100), z.number().int().min(0).max(MAX_STAGGER_MIN))
      .refine((r) => Object.keys(r).length <= 50, 'at most 50 participants'),
  })
  .strict()
export type StaggerBody = z.infer<typeof StaggerBodySchema>
