/** The default intake questions (MfN-style suitability questions plus the online-specific ones). */
import type { IntakeQuestion } from './intake'

/** A fresh copy of the default questions for a new session. */
export function defaultIntakeQuestions(): IntakeQuestion[] {
  const questions: IntakeQuestion[] = [
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
        nl: 'Heeft u een rustige ruimte waar u alleen bent en niemand kan meeluisteren?',
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
      label: {
        nl: 'Heeft u iets nodig om goed mee te kunnen doen (bijvoorbeeld bij slecht horen of zien, pauzes, een tolk)?',
        en: 'Do you need anything to take part well (for example for hearing or sight, breaks, an interpreter)?',
      },
    },
    {
      id: 'safety',
      kind: 'text',
      required: false,
      safety: true,
      label: {
        nl: 'Zijn er zorgen over uw veiligheid, of iets wat de mediator vooraf vertrouwelijk moet weten?',
        en: 'Are there concerns about your safety, or anything the mediator should know in confidence beforehand?',
      },
    },
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
  return questions
}
