/**
 * The agreement to mediate (mediationovereenkomst) as text: the clauses (agreement-clauses.ts) numbered, with
 * the online addendum after them, and every `{placeholder}` filled (agreement-fill.ts); a coaching session's is
 * the coaching agreement (coaching-agreement-clauses.ts). The mediator edits the result per session; a signature
 * binds to the hash of the exact text.
 */
import type { SessionKind } from '../domain/session/vocabulary'
import type { Language } from '../domain/types'
import { fill } from '../i18n/translate'
import { AGREEMENT_CLAUSES, type AgreementClause } from './agreement-clauses'
import { type AgreementFill, agreementWords, fillValues } from './agreement-fill'
import { COACHING_AGREEMENT_CLAUSES } from './coaching-agreement-clauses'
import { emptyProfile } from './mediator-profile'

/** The clauses of a session kind's agreement (COACH-5: coaching has its own). */
export const clausesFor = (kind: SessionKind = 'mediation'): readonly AgreementClause[] =>
  kind === 'coaching' ? COACHING_AGREEMENT_CLAUSES : AGREEMENT_CLAUSES

/** One clause's filled text in `lang` (without its number). */
export function renderClause(clause: AgreementClause, lang: Language, values: AgreementFill): string {
  return fill(clause.text[lang], fillValues(values, lang))
}

/** The whole agreement in `lang` (to mediate, or the coaching agreement for a coaching fill), filled in. */
export function renderAgreement(lang: Language, input: AgreementFill): string {
  const values = fillValues(input, lang)
  const t = agreementWords(lang, input.kind)
  const lines = [t('title'), '']
  let section: AgreementClause['section'] = 'main'
  clausesFor(input.kind).forEach((c, i) => {
    if (c.section !== section) {
      section = c.section
      lines.push(t('online'), '')
    }
    lines.push(`${i + 1}. ${fill(c.text[lang], values)}`, '')
  })
  return lines.join('\n')
}

/** A fill with nothing entered yet: every value shows as its "[…]" placeholder. */
export function blankFill(date: number, kind: SessionKind = 'mediation'): AgreementFill {
  return { parties: [], profile: emptyProfile(''), matter: '', date, platforms: [], kind }
}

/** The template with every value still to be entered (the mediator's "start again" text). */
export function defaultAgreementText(lang: Language, date = 0, kind: SessionKind = 'mediation'): string {
  return renderAgreement(lang, blankFill(date, kind))
}

/** The longest text the mediator may save (a generous page count; bigger would not fit a receipt). */
export const MAX_AGREEMENT_LENGTH = 40_000
