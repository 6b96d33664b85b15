/**
 * The mediator's practice profile: what fills the agreement to mediate (name, practice, MfN register number,
 * rate, cost split, cancellation and platform terms, retention). Stored on the server with the mediator's
 * account; only that mediator reads or writes it.
 */
import type { Bilingual } from './i18n'

/** Who bears the costs by default: each half, as the parties agree beforehand, or the employer. */
export const COST_SPLITS = ['equal', 'agreed', 'employer'] as const
export type CostSplit = (typeof COST_SPLITS)[number]

export interface MediatorProfile {
  /** The name as it appears in the MfN register. */
  mediatorName: string
  practiceName: string
  /** The MfN register number (digits only). */
  registerNumber: string
  /** Euros per hour; 0 while not entered. */
  hourlyRate: number
  /** Whether `hourlyRate` includes VAT (btw). */
  rateIncludesVat: boolean
  costSplit: CostSplit
  /** The practice's own cancellation terms, as the practice words them in each language. */
  cancellationTerms: Bilingual
  /** The video platform's terms as the practice enters them (provider, where data goes, its privacy terms). */
  platformTerms: Bilingual
  /** Years the dossier is kept after the mediation ends. */
  retentionYears: number
}

export const PROFILE_LIMITS = {
  name: 200,
  terms: 2000,
  maxRate: 2000,
  minRetention: 1,
  maxRetention: 30,
} as const

/** MfN register numbers are plain numbers; a few digits more or less than today's is still accepted. */
export const REGISTER_NUMBER = /^\d{1,10}$/

/** The profile a mediator starts from: their account name, nothing else entered, seven years' retention. */
export function emptyProfile(mediatorName: string): MediatorProfile {
  return {
    mediatorName,
    practiceName: '',
    registerNumber: '',
    hourlyRate: 0,
    rateIncludesVat: false,
    costSplit: 'equal',
    cancellationTerms: { nl: '', en: '' },
    platformTerms: { nl: '', en: '' },
    retentionYears: 7,
  }
}

/** A profile's stored value, or the empty one for an account that has not entered it yet. */
export function profileOrEmpty(stored: MediatorProfile | undefined, accountName: string): MediatorProfile {
  return stored ?? emptyProfile(accountName)
}
