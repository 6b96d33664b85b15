/**
 * The individual intake questionnaire: questions the mediator edits, answers one participant gives.
 * Answers are plain strings by question id: 'yes'/'no' for yes-no, an option id for a choice, free text otherwise.
 */
import type { Language } from '../domain/types'
import type { Bilingual } from './i18n'

export type QuestionKind = 'text' | 'yesno' | 'choice' | 'phone'

export interface IntakeOption {
  id: string
  label: Bilingual
}

export interface IntakeQuestion {
  id: string
  kind: QuestionKind
  label: Bilingual
  required: boolean
  /** Only for `choice`. */
  options?: IntakeOption[]
  /** PREP-7, SAFETY-1: a safety-screening question: its answers are the mediator's only (safety-screening.ts). */
  safety?: boolean
  /** Why the question is asked and who sees the answer (every health-related question has one). */
  purpose?: Bilingual
  /** Asked only when another question has this answer (PREP-INTAKE-2: family questions for family cases). */
  showIf?: { questionId: string; answer: string }
  /** A note shown when the participant gives `answer` (living together: a caucus is not confidential at home). */
  notice?: { answer: string; text: Bilingual }
  /** SAFETY-4: which answer of a safety question is worrying: 'yes' (default) or 'no'; 'never' for a code word. */
  worrying?: 'yes' | 'no' | 'never'
}

export type IntakeAnswers = Record<string, string>

export interface IntakeRecord {
  participantId: string
  answers: IntakeAnswers
  /** Server time of the last submission. */
  submittedAt: string
}

export const MAX_ANSWER_LENGTH = 4000

/**
 * A phone number, loosely: digits with the usual separators and an optional leading +, 8 to 15 digits
 * ("06 12345678", "+31 (0)6-1234 5678", "+44 7700 900123").
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[\d\s().-]+$/.test(value)) return false
  const digits = value.replace(/\D/g, '').length
  return digits >= 8 && digits <= 15
}

/** The questions asked given these answers: one with `showIf` only when that answer was given. */
export function askedQuestions(
  questions: readonly IntakeQuestion[],
  answers: IntakeAnswers,
): IntakeQuestion[] {
  return questions.filter((q) => !q.showIf || answers[q.showIf.questionId] === q.showIf.answer)
}
export const MAX_QUESTIONS = 60

export interface FieldError {
  path: string
  message: string
}

/** Checks answers against the questions: required ones present, yes-no and choices valid, no unknown ids. */
export function validateAnswers(questions: readonly IntakeQuestion[], answers: IntakeAnswers): FieldError[] {
  const errors: FieldError[] = []
  const asked = askedQuestions(questions, answers)
  const byId = new Map(asked.map((q) => [q.id, q]))
  for (const id of Object.keys(answers)) {
    if (!byId.has(id)) errors.push({ path: `answers.${id}`, message: 'unknown question' })
  }
  for (const q of asked) {
    const value = (answers[q.id] ?? '').trim()
    const path = `answers.${q.id}`
    if (!value) {
      if (q.required) errors.push({ path, message: 'an answer is required' })
      continue
    }
    if (value.length > MAX_ANSWER_LENGTH)
      errors.push({ path, message: `at most ${MAX_ANSWER_LENGTH} characters` })
    if (q.kind === 'yesno' && value !== 'yes' && value !== 'no')
      errors.push({ path, message: 'answer yes or no' })
    if (q.kind === 'choice' && !q.options?.some((o) => o.id === value)) {
      errors.push({ path, message: 'choose one of the options' })
    }
    if (q.kind === 'phone' && !isPhoneNumber(value)) errors.push({ path, message: 'a phone number' })
  }
  return errors
}

/** Checks an edited question list: unique ids, labels in both languages, choices with options. */
export function validateQuestions(questions: readonly IntakeQuestion[]): FieldError[] {
  const errors: FieldError[] = []
  if (questions.length > MAX_QUESTIONS)
    errors.push({ path: 'questions', message: `at most ${MAX_QUESTIONS}` })
  const seen = new Set<string>()
  questions.forEach((q, i) => {
    const path = `questions.${i}`
    if (seen.has(q.id)) errors.push({ path: `${path}.id`, message: 'duplicate question id' })
    seen.add(q.id)
    if (!q.label.nl.trim() && !q.label.en.trim())
      errors.push({ path: `${path}.label`, message: 'a question needs text' })
    if (q.kind === 'choice' && (q.options?.length ?? 0) < 2) {
      errors.push({ path: `${path}.options`, message: 'a choice needs at least two options' })
    }
    // A condition names an earlier question, so the form can be filled in from top to bottom.
    if (q.showIf && !questions.slice(0, i).some((p) => p.id === q.showIf?.questionId))
      errors.push({ path: `${path}.showIf`, message: 'the condition names no earlier question' })
  })
  return errors
}

/** True when every required question has an answer (after a question edit, older answers may fall short). */
export function isIntakeComplete(
  questions: readonly IntakeQuestion[],
  answers: IntakeAnswers | null,
): boolean {
  if (!answers) return false
  return askedQuestions(questions, answers).every((q) => !q.required || Boolean(answers[q.id]?.trim()))
}

/** Shows a question's label, falling back to the other language when the mediator wrote only one. */
export function questionLabel(q: IntakeQuestion, lang: Language): string {
  return q.label[lang].trim() || q.label[lang === 'nl' ? 'en' : 'nl']
}
