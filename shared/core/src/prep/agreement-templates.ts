/**
 * The agreement to mediate (mediationovereenkomst) as text: the clauses (agreement-clauses.ts) numbered, with
 * the online addendum after them, and every `{placeholder}` filled (agreement-fill.ts). The mediator edits the
 * result per session; a signature binds to the hash of the exact text.
 */
import type { Language } from '../domain/types'
import { fill } from '../i18n/translate'
import { AGREEMENT_CLAUSES, type AgreementClause } from './agreement-clauses'
import { type AgreementFill, agreementWords, fillValues } from './agreement-fill'
import { emptyProfile } from './mediator-profile'

/** One clause's filled text in `lang` (without its number). */
export function renderClause(clause: AgreementClause, lang: Language, values: AgreementFill): string {
  return fill(clause.text[lang], fillValues(values, lang))
}

/** The whole agreement to mediate in `lang`, filled in. */
export function renderAgreement(lang: Language, input: AgreementFill): string {
  const values = fillValues(input, lang)
  const t = agreementWords(lang)
  const lines = [t('title'), '']
  let section: AgreementClause['section'] = 'main'
  AGREEMENT_CLAUSES.forEach((c, i) => {
    if (c.section !== section) {
      section = c.section
      lines.push(t('online'), '')
    }
    lines.push(`${i + 1}. ${fill(c.text[lang], values)}`, '')
  })
  return lines.join('\n')
}

/** A fill with nothing entered yet: every value shows as its "[…]" placeholder. */
export function blankFill(date: number): AgreementFill {
  return { parties: [], profile: emptyProfile(''), matter: '', date, platforms: [] }
}

/** The template with every value still to be entered (the mediator's "start again" text). */
export function defaultAgreementText(lang: Language, date = 0): string {
  return renderAgreement(lang, blankFill(date))
}

/** The longest text the mediator may save (a generous page count; bigger would not fit a receipt). */
export const MAX_AGREEMENT_LENGTH = 40_000
