/**
 * The default intake questions: the case questions first, then the online-specific ones; a coaching session
 * asks its own questions (intake-coaching-questions.ts) and no safety screening about another side.
 */
import type { SessionKind } from '../domain/session/vocabulary'
import type { Bilingual } from './i18n'
import type { IntakeQuestion } from './intake'
import { caseQuestions } from './intake-case-questions'
import {
  COACHING_ACCESSIBILITY_PURPOSE,
  coachingExpectations,
  coachingQuestions,
} from './intake-coaching-questions'
import { safetyScreeningQuestions } from './safety-screening'

const ACCESSIBILITY_PURPOSE: Bilingual = {
  nl: 'Waarom we dit vragen: zodat de mediator de gesprekken erop kan inrichten (pauzes, een tolk, ondertiteling). U hoeft geen diagnose of medische gegevens te noemen. Alleen de mediator ziet uw antwoord.',
  en: 'Why we ask: so the mediator can arrange the meetings around it (breaks, an interpreter, captions). You need not name a diagnosis or medical details. Only the mediator sees your answer.',
}

/** A fresh copy of the default questions for a new session of `kind`. */
export function defaultIntakeQuestions(kind: SessionKind = 'mediation'): IntakeQuestion[] {
  if (kind === 'coaching')
    return [
      ...coachingQuestions(),
      ...onlineQuestions(COACHING_ACCESSIBILITY_PURPOSE),
      coachingExpectations(),
    ]
  return [
    ...caseQuestions(),
    ...onlineQuestions(ACCESSIBILITY_PURPOSE),
    // The safety screening is its own block (safety-screening.ts): asked of each party alone, mediator only.
    ...safetyScreeningQuestions(),
    {
      id: 'expectations',
      kind: 'text',
      required: false,
      label: {
        nl: 'Wat hoopt u met de mediation te bereiken?',
        en: 'What do you hope to achieve with the mediation?',
      },
    },
  ]
}

/** The questions about taking part online (both kinds ask them; `purpose` explains the accessibility one). */
function onlineQuestions(purpose: Bilingual): IntakeQuestion[] {
  return [
    {
      id: 'videoComfort',
      kind: 'choice',
      required: true,
      label: { nl: 'Hoe vertrouwd bent u met videobellen?', en: 'How comfortable are you with video calls?' },
      options: [
        { id: 'comfortable', label: { nl: 'Vertrouwd, ik doe het vaak', en: 'Comfortable, I do it often' } },
        {
          id: 'some',
          label: { nl: 'Een beetje, ik heb het vaker gedaan', en: 'Somewhat, I have done it before' },
        },
        { id: 'new', label: { nl: 'Nieuw voor mij', en: 'New to me' } },
      ],
    },
    {
      id: 'privateRoom',
      kind: 'yesno',
      required: true,
      label: {
        nl: 'Hebt u een rustige ruimte waar u alleen bent en niemand kan meeluisteren?',
        en: 'Do you have a quiet room where you are alone and nobody can overhear you?',
      },
    },
    {
      id: 'device',
      kind: 'choice',
      required: true,
      label: { nl: 'Met welk apparaat neemt u deel?', en: 'Which device will you use?' },
      options: [
        { id: 'laptop', label: { nl: 'Laptop of computer', en: 'Laptop or computer' } },
        { id: 'tablet', label: { nl: 'Tablet', en: 'Tablet' } },
        { id: 'phone', label: { nl: 'Telefoon', en: 'Phone' } },
      ],
    },
    {
      id: 'helpNeeded',
      kind: 'yesno',
      required: true,
      label: {
        nl: 'Wilt u hulp van het secretariaat bij het installeren of starten van het programma?',
        en: 'Would you like help from the secretariat to install or start the program?',
      },
    },
    {
      id: 'language',
      kind: 'choice',
      required: true,
      label: { nl: 'In welke taal spreekt u het liefst?', en: 'Which language do you prefer to speak?' },
      options: [
        { id: 'nl', label: { nl: 'Nederlands', en: 'Dutch' } },
        { id: 'en', label: { nl: 'Engels', en: 'English' } },
        {
          id: 'other',
          label: { nl: 'Een andere taal (licht toe hieronder)', en: 'Another language (explain below)' },
        },
      ],
    },
    {
      id: 'accessibility',
      kind: 'text',
      required: false,
      purpose,
      label: {
        nl: 'Hebt u iets nodig om goed mee te kunnen doen (bijvoorbeeld bij slecht horen of zien, pauzes, een tolk)?',
        en: 'Do you need anything to take part well (for example for hearing or sight, breaks, an interpreter)?',
      },
    },
  ]
}
