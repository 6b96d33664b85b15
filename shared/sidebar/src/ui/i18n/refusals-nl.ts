/** Dutch refusal sentences (rules and server codes), loaded as a chunk of their own (i18n.ts). */
import type { RefusalKey } from './en'
import { nlCodes } from './nl-codes'
import { nlRules } from './nl-rules'

export const refusalsNl: Record<RefusalKey, string> = { ...nlRules, ...nlCodes }
