/**
 * Safety screening (SAFETY-1…6): a structured set of intake questions each party answers alone, in their own
 * intake. The answers are the mediator's only: never shown back (not even to their author, whose device or link
 * someone else may use), never to the other side, never in an export. A worrying answer flags the case and holds
 * every move into joint session until the mediator confirms having assessed the screening.
 * Kept apart from intake-defaults.ts (the suitability questions) so both can change independently.
 */
import type { Bilingual } from './i18n'
import type { IntakeAnswers, IntakeQuestion, IntakeRecord } from './intake'

/** PREP-INTAKE-1: why the screening is asked and who reads it (shown with its first and its open question). */
const SAFETY_PURPOSE: Bilingual = {
  nl: 'Waarom we dit vragen: zodat de mediator vooraf kan nagaan of en hoe de mediation veilig kan verlopen. Alleen de mediator leest uw antwoord; de andere partij ziet het niet.',
  en: 'Why we ask: so the mediator can check beforehand whether and how the mediation can go ahead safely. Only the mediator reads your answer; the other party does not see it.',
}

/** Screening question ids (the older open question keeps its id `safety`). */
export const SAFETY_QUESTION_IDS = [
  'safetyFear',
  'safetyViolence',
  'safetyControl',
  'safetyProtection',
  'safetySpeakFreely',
  'safetySeparate',
  'safety',
  'safetyCodeWord',
] as const

/** SAFETY-1: the screening block of the default intake, each question marked `safety`. */
export function safetyScreeningQuestions(): IntakeQuestion[] {
  const yesNo = (id: string, nl: string, en: string, worrying: 'yes' | 'no' = 'yes'): IntakeQuestion => ({
    id,
    kind: 'yesno',
    required: false,
    safety: true,
    worrying,
    label: { nl, en },
  })
  return [
    {
      ...yesNo('safetyFear', 'Bent u bang voor de andere partij?', 'Are you afraid of the other party?'),
      purpose: SAFETY_PURPOSE,
    },
    yesNo(
      'safetyViolence',
      'Heeft de andere partij u of uw kinderen ooit bedreigd, geslagen of op een andere manier geweld aangedaan?',
      'Has the other party ever threatened, hit or otherwise harmed you or your children?',
    ),
    yesNo(
      'safetyControl',
      'Bepaalt de andere partij waar u heen gaat, wie u ziet of wat u uitgeeft, of houdt die u in de gaten?',
      'Does the other party decide where you go, whom you see or what you spend, or keep watch on you?',
    ),
    yesNo(
      'safetyProtection',
      'Is er een contactverbod, straatverbod, huisverbod of andere beschermende maatregel, of loopt daar een procedure over?',
      'Is there a restraining order, barring order or other protective measure, or proceedings about one?',
    ),
    yesNo(
      'safetySpeakFreely',
      'Kunt u tijdens de gesprekken vrijuit en veilig praten vanaf de plek waar u dan bent?',
      'During the meetings, can you speak freely and safely from where you will be?',
      'no',
    ),
    yesNo(
      'safetySeparate',
      'Wilt u liever niet samen met de andere partij in één gesprek zitten (de mediator spreekt u dan om beurten)?',
      'Would you rather not be in one meeting with the other party (the mediator then talks with each of you in turn)?',
    ),
    {
      id: 'safety',
      kind: 'text',
      required: false,
      safety: true,
      purpose: SAFETY_PURPOSE,
      label: {
        nl: 'Zijn er zorgen over uw veiligheid, of iets wat de mediator vooraf vertrouwelijk moet weten?',
        en: 'Are there concerns about your safety, or anything the mediator should know in confidence beforehand?',
      },
    },
    {
      id: 'safetyCodeWord',
      kind: 'text',
      required: false,
      safety: true,
      worrying: 'never',
      label: {
        nl: 'Kies een codewoord. Zegt of typt u het tijdens een gesprek, dan beëindigt de mediator het gesprek met u meteen, zonder te vragen waarom.',
        en: 'Choose a code word. If you say or type it during a meeting, the mediator ends the meeting with you at once, without asking why.',
      },
      // SAFETY-8: typed in a field of the own sidebar it ends the call by itself; a joint note is read by the other side.
      purpose: {
        nl: 'Alleen de mediator leest het. Typt u het in een veld van uw zijbalk (bijvoorbeeld uw eigen notities) en drukt u op Enter, dan sluit uw zijbalk en wordt uw gesprek beëindigd. Typ het niet in de gezamenlijke notities: die leest de andere kant ook.',
        en: 'Only the mediator reads it. If you type it in a field of your sidebar (your own notes, say) and press Enter, your sidebar closes and your call ends. Do not type it in the joint notes: the other side reads those too.',
      },
    },
  ]
}

/** SAFETY-1: true for a screening question (its answers are the mediator's only). */
export const isSafetyQuestion = (q: IntakeQuestion): boolean => q.safety === true

/** SAFETY-4: whether `answer` to `q` is worrying (yes/no: the question's worrying answer; text: any content). */
export function isWorrying(q: IntakeQuestion, answer: string | undefined): boolean {
  const a = answer?.trim() ?? ''
  if (!q.safety || q.worrying === 'never' || a === '') return false
  if (q.kind === 'yesno') return a === (q.worrying ?? 'yes')
  return a.toLowerCase() !== 'no' && a.toLowerCase() !== 'nee'
}

/** SAFETY-2: answers without the screening ones — what a party reads back and what any export may carry. */
export function withoutSafetyAnswers(
  questions: readonly IntakeQuestion[],
  answers: IntakeAnswers,
): IntakeAnswers {
  const hidden = new Set(questions.filter(isSafetyQuestion).map((q) => q.id))
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !hidden.has(id)))
}

/** The screening questions a participant answered (ids only: the page says "answered", never what). */
export function safetyAnswered(questions: readonly IntakeQuestion[], answers: IntakeAnswers): string[] {
  return questions.filter((q) => isSafetyQuestion(q) && Boolean(answers[q.id]?.trim())).map((q) => q.id)
}

/** SAFETY-2: a participant's own intake as their credential reads it: screening answers replaced by their ids. */
export type OwnIntake = IntakeRecord & { safetyAnswered: string[] }

/** SAFETY-2: the record its author may read back (no screening answer in it). */
export function ownIntake(questions: readonly IntakeQuestion[], record: IntakeRecord): OwnIntake {
  return {
    ...record,
    answers: withoutSafetyAnswers(questions, record.answers),
    safetyAnswered: safetyAnswered(questions, record.answers),
  }
}

/**
 * SAFETY-2: a new submission keeps the stored screening answers it leaves out (the page never has them to
 * send back); a screening answer it does give replaces the stored one.
 */
export function mergeSafetyAnswers(
  questions: readonly IntakeQuestion[],
  stored: IntakeAnswers | null,
  submitted: IntakeAnswers,
): IntakeAnswers {
  const kept = Object.fromEntries(
    questions
      .filter((q) => isSafetyQuestion(q) && stored?.[q.id] !== undefined && submitted[q.id] === undefined)
      .map((q) => [q.id, stored![q.id]!]),
  )
  return { ...kept, ...submitted }
}

/** A safety question someone answered worryingly: what the mediator must read before the session (PREP-7). */
export interface SafetyFlag {
  participantId: string
  questionId: string
  answer: string
}

/** PREP-7: every worrying answer to a safety question (SAFETY-4), per participant, in question order. */
export function safetyFlags(
  questions: readonly IntakeQuestion[],
  answers: Readonly<Record<string, { answers: IntakeAnswers }>>,
): SafetyFlag[] {
  return Object.entries(answers).flatMap(([participantId, r]) =>
    questions.flatMap((q) =>
      isWorrying(q, r.answers[q.id])
        ? [{ participantId, questionId: q.id, answer: r.answers[q.id]!.trim() }]
        : [],
    ),
  )
}

/** The mediator's confirmation that the screening was assessed (server time, by whom). */
export interface SafetyAssessment {
  at: string
  by: string
}

/** What the server keeps besides the answers: the assessment and the "end now" presses. */
export interface SafetyRecord {
  assessed: SafetyAssessment | null
  /** SAFETY-4: every confirmation that lifted a hold, oldest first (absent in files written before). */
  lifts?: SafetyAssessment[]
  /** `via`: how the party ended (absent: the "end now" button; 'code-word': its code word typed, SAFETY-8). */
  exits: { participantId: string; at: string; via?: 'code-word' }[]
}

export const emptySafety = (): SafetyRecord => ({ assessed: null, exits: [] })

/**
 * SAFETY-4: the case is held while some participant's worrying answers were submitted after the last
 * assessment (or none was made): every move into joint session waits for the mediator's confirmation.
 */
export function safetyHeld(
  questions: readonly IntakeQuestion[],
  intake: Readonly<Record<string, IntakeRecord>>,
  safety: SafetyRecord | null | undefined,
): boolean {
  const assessedAt = safety?.assessed ? Date.parse(safety.assessed.at) : Number.NEGATIVE_INFINITY
  return Object.values(intake).some(
    (r) => Date.parse(r.submittedAt) > assessedAt && questions.some((q) => isWorrying(q, r.answers[q.id])),
  )
}

/** Letters and digits only, lower case, without accents, single spaces: how a code word is compared (SAFETY-8). */
export function normalizeWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** SAFETY-8: a participant's own code word (the answer to the screening's code-word question), or null. */
export function codeWordOf(
  questions: readonly IntakeQuestion[],
  answers: IntakeAnswers | undefined,
): string | null {
  for (const q of questions) {
    if (!isSafetyQuestion(q) || q.worrying !== 'never') continue
    const word = normalizeWords(answers?.[q.id] ?? '')
    // Shorter than two characters it would end the call on almost anything typed.
    if (word.length >= 2) return word
  }
  return null
}

/** SAFETY-8: whether `text` holds `word` (normalized) as whole words: "blauw" is in "Blauw!", not in "blauwe". */
export function containsCodeWord(text: string, word: string): boolean {
  return ` ${normalizeWords(text)} `.includes(` ${word} `)
}
