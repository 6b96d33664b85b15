/**
 * The intake questions that prepare a coaching trajectory (COACH-5): what the client wants to work on, why now,
 * how success would show, what was tried, who pays, and the mobile number the coach calls. Only the coach and
 * the client see the answers (PREP-1).
 */
import type { Bilingual } from './i18n'
import type { IntakeQuestion } from './intake'

const MOBILE_PURPOSE: Bilingual = {
  nl: 'Waarom we dit vragen: valt de verbinding weg en lukt terugkomen niet, dan belt de coach u op dit nummer (zo staat het in de coachingsovereenkomst). Alleen de coach ziet het nummer.',
  en: 'Why we ask: if the connection drops and you cannot get back in, the coach calls you on this number (as the coaching agreement says). Only the coach sees the number.',
}

/** Why the accessibility question is asked, in coaching words. */
export const COACHING_ACCESSIBILITY_PURPOSE: Bilingual = {
  nl: 'Waarom we dit vragen: zodat de coach de gesprekken erop kan inrichten (pauzes, een tolk, ondertiteling). U hoeft geen diagnose of medische gegevens te noemen. Alleen de coach ziet uw antwoord.',
  en: 'Why we ask: so the coach can arrange the sessions around it (breaks, an interpreter, captions). You need not name a diagnosis or medical details. Only the coach sees your answer.',
}

/** A fresh copy of the coaching questions (asked first in a coaching session's default intake). */
export function coachingQuestions(): IntakeQuestion[] {
  return [
    {
      id: 'coachingTopic',
      kind: 'text',
      required: true,
      label: {
        nl: 'Waar wilt u met de coaching aan werken?',
        en: 'What would you like to work on in the coaching?',
      },
    },
    {
      id: 'coachingWhyNow',
      kind: 'text',
      required: false,
      label: {
        nl: 'Waarom nu? Wat speelt er op dit moment?',
        en: 'Why now? What is going on at the moment?',
      },
    },
    {
      id: 'coachingSuccess',
      kind: 'text',
      required: true,
      label: {
        nl: 'Waaraan merkt u na de coaching dat het gelukt is?',
        en: 'How will you notice after the coaching that it worked?',
      },
    },
    {
      id: 'coachingTried',
      kind: 'text',
      required: false,
      label: {
        nl: 'Wat hebt u zelf al geprobeerd, en wat hielp daarbij?',
        en: 'What have you tried yourself already, and what helped?',
      },
    },
    {
      id: 'coachingBefore',
      kind: 'yesno',
      required: false,
      label: {
        nl: 'Hebt u eerder coaching of begeleiding gehad?',
        en: 'Have you had coaching or counselling before?',
      },
    },
    {
      id: 'coachingPayer',
      kind: 'choice',
      required: true,
      label: { nl: 'Wie betaalt de coaching?', en: 'Who pays for the coaching?' },
      options: [
        { id: 'self', label: { nl: 'Ik betaal zelf', en: 'I pay myself' } },
        { id: 'employer', label: { nl: 'Mijn werkgever', en: 'My employer' } },
        { id: 'other', label: { nl: 'Iemand anders', en: 'Someone else' } },
      ],
    },
    {
      id: 'mobile',
      kind: 'phone',
      required: true,
      purpose: MOBILE_PURPOSE,
      label: {
        nl: 'Op welk mobiel nummer kan de coach u bellen?',
        en: 'Which mobile number can the coach call you on?',
      },
    },
  ]
}

/** The closing question of a coaching intake. */
export function coachingExpectations(): IntakeQuestion {
  return {
    id: 'expectations',
    kind: 'text',
    required: false,
    label: { nl: 'Wat verwacht u van de coach?', en: 'What do you expect from the coach?' },
  }
}
