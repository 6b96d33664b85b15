/** English refusal sentences (rules and server codes), loaded as a chunk of their own (i18n.ts). */

import type { RefusalKey } from './en'
import { enCodes } from './en-codes'
import { enRules } from './en-rules'

export const refusalsEn: Record<RefusalKey, string> = { ...enRules, ...enCodes }
