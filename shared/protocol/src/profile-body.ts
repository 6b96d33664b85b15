/** The mediator's practice profile as the console sends it (PUT /api/profile), checked before it is stored. */
import { COST_SPLITS, type MediatorProfile, PROFILE_LIMITS, REGISTER_NUMBER } from '@mediation/core/prep'
import { z } from 'zod'

const L = PROFILE_LIMITS
const line = z.string().trim().max(L.name)
const terms = z.object({ nl: z.string().trim().max(L.terms), en: z.string().trim().max(L.terms) }).strict()

export const MediatorProfileSchema = z
  .object({
    mediatorName: line.min(1),
    practiceName: line,
    // Empty while the mediator has not entered it; the agreement then shows "[MfN-registernummer]".
    registerNumber: z.union([z.literal(''), z.string().trim().regex(REGISTER_NUMBER, 'digits only')]),
    hourlyRate: z.number().finite().min(0).max(L.maxRate).multipleOf(0.01),
    rateIncludesVat: z.boolean(),
    costSplit: z.enum(COST_SPLITS),
    cancellationTerms: terms,
    platformTerms: terms,
    retentionYears: z.number().int().min(L.minRetention).max(L.maxRetention),
  })
  .strict() satisfies z.ZodType<MediatorProfile>
