/**
 * The "before the session" records of one session: intake, practice, agreement to mediate and signatures.
 * Every refusal is an HttpError with a `prep/...` code before anything is stored; each write is one
 * PrepStore update, so a refused or failing request leaves nothing behind.
 */
import type { Language } from '@mediation/core/domain'
import { hashText, normalizeText } from '@mediation/core/domain'
import {
  type AgreementFill,
  type AgreementText,
  checkSignature,
  defaultIntakeQuestions,
  emptySafety,
  type IntakeAnswers,
  type IntakeQuestion,
  type IntakeRecord,
  MAX_AGREEMENT_LENGTH,
  mergeSafetyAnswers,
  type OwnIntake,
  ownIntake,
  type PracticeRecord,
  type PracticeSummary,
  type PrepRefusal,
  REFUSAL_STATUS,
  refusalCode,
  renderAgreement,
  type SafetyRecord,
  type Signature,
  type SignatureView,
  signatureState,
  validateAnswers,
  validateQuestions,
} from '@mediation/core/prep'
import type { Caller } from '../auth/actor'
import { randomId } from '../auth/crypto'
import { type ErrorDetail, HttpError } from '../errors'
import type { SessionRecord } from '../store/meta-types'
import { MAX_PRACTICE_RUNS, type PrepData, type PrepStore } from './store'

const MESSAGES: Record<PrepRefusal, string> = {
  'name-empty': 'type your full name to sign',
  'name-mismatch': 'the typed name does not match the name on the invitation',
  'no-consent': 'explicit consent is required',
  'hash-outdated': 'the text was changed since you read it; read the current version and sign again',
  'hash-unknown': 'the text hash does not match any version of this text',
  'intake-invalid': 'some answers are missing or invalid',
  'practice-invalid': 'invalid practice summary',
  credential: 'missing or invalid credential',
  forbidden: 'not allowed for your role',
}

/** The typed refusal: status, English message and the code the page words in the reader's language. */
export function refuse(r: PrepRefusal, details?: ErrorDetail[]): HttpError {
  return new HttpError(REFUSAL_STATUS[r], MESSAGES[r], {
    code: refusalCode(r),
    ...(details ? { details } : {}),
  })
}

/** Parties and advisers fill in the intake and sign; the secretariat and the mediator do not. */
export const signsAndIntakes = (actor: Caller): boolean => actor.role === 'party' || actor.role === 'adviser'

/** The values that fill a session's agreement to mediate, as of `date` (prep/agreement-fill.ts on the server). */
export type FillFor = (session: SessionRecord, date: number) => AgreementFill

export function createPrepService(store: PrepStore, now: () => number, fillFor: FillFor) {
  const iso = () => new Date(now()).toISOString()
  const template = (session: SessionRecord, language: Language, date: number) =>
    normalizeText(renderAgreement(language, fillFor(session, date)))

  /**
   * True when the current text is the unsigned default and no longer matches what fills it (a party invited,
   * the profile or the title changed): the template then follows, as a new version dated today.
   */
  function stale(d: PrepData, session: SessionRecord): boolean {
    const last = d.texts.at(-1)
    if (last?.updatedBy !== 'default') return false
    if (d.signatures.some((s) => s.textHash === last.hash)) return false
    return (
      last.language !== session.language ||
      template(session, session.language, Date.parse(last.updatedAt)) !== last.text
    )
  }

  /** The session's prep data with its agreement text in place (a read never has to invent a hash). */
  async function data(session: SessionRecord): Promise<PrepData> {
    const found = await store.load(session.id)
    if (found && found.texts.length > 0 && !stale(found, session)) return found
    return store.update(session.id, (d) => {
      if (d.texts.length === 0 || stale(d, session)) {
        const text = template(session, session.language, now())
        d.texts.push(textVersion((d.texts.at(-1)?.version ?? 0) + 1, session.language, text, 'default'))
      }
      return d
    })
  }

  function textVersion(version: number, language: Language, raw: string, by: string): AgreementText {
    const text = normalizeText(raw)
    return { version, language, text, hash: hashText(text), updatedAt: iso(), updatedBy: by }
  }

  const current = (d: PrepData): AgreementText => d.texts.at(-1)!
  /** The session's intake questions: the mediator's own, else the default ones of its kind (COACH-5). */
  const questionsOf = (d: PrepData, session: SessionRecord): IntakeQuestion[] =>
    d.questions ?? defaultIntakeQuestions(session.kind)
  const viewOf = (d: PrepData, sig: Signature): SignatureView => ({
    ...sig,
    state: signatureState(sig, current(d)),
  })

  return {
    data,
    current,
    /**
     * False when the current text is a signed default that its fill has since outgrown (a party invited after the
     * first signature, the profile changed): the mediator's editor then says so; a signed text never follows.
     */
    followsTemplate: (d: PrepData, session: SessionRecord): boolean => {
      const last = current(d)
      if (last.updatedBy !== 'default') return true
      return template(session, last.language, Date.parse(last.updatedAt)) === last.text
    },
    /** The filled template in both languages as of now: what the mediator's "use the template" buttons load. */
    templates: (session: SessionRecord): Record<Language, string> => ({
      nl: template(session, 'nl', now()),
      en: template(session, 'en', now()),
    }),
    questionsOf,
    signaturesOf: (d: PrepData, participantId: string): SignatureView[] =>
      d.signatures.filter((s) => s.participantId === participantId).map((s) => viewOf(d, s)),

    /** Stores the caller's answers; answers what the caller may read back (SAFETY-2: no screening answers). */
    async saveIntake(session: SessionRecord, actor: Caller, answers: IntakeAnswers): Promise<OwnIntake> {
      if (!signsAndIntakes(actor)) throw refuse('forbidden')
      const trimmed = Object.fromEntries(
        Object.entries(answers)
          .map(([k, v]) => [k, v.trim()])
          .filter(([, v]) => v),
      )
      return store.update(session.id, (d) => {
        const errors = validateAnswers(questionsOf(d, session), trimmed)
        if (errors.length > 0) throw refuse('intake-invalid', errors)
        // SAFETY-2: the page never has the stored screening answers to send back; leaving them out keeps them.
        const merged = mergeSafetyAnswers(
          questionsOf(d, session),
          d.intake[actor.id]?.answers ?? null,
          trimmed,
        )
        const record: IntakeRecord = { participantId: actor.id, answers: merged, submittedAt: iso() }
        d.intake[actor.id] = record
        return ownIntake(questionsOf(d, session), record)
      })
    },

    async recordPractice(
      session: SessionRecord,
      actor: Caller,
      summary: PracticeSummary,
    ): Promise<PracticeRecord> {
      const record: PracticeRecord = { participantId: actor.id, at: iso(), summary }
      await store.update(session.id, (d) => {
        d.practice.push(record)
        const mine = d.practice.filter((r) => r.participantId === actor.id)
        if (mine.length > MAX_PRACTICE_RUNS) d.practice.splice(d.practice.indexOf(mine[0]!), 1)
      })
      return record
    },

    async sign(
      session: SessionRecord,
      actor: Caller,
      input: { typedName: string; consent: boolean; textHash: string },
    ): Promise<SignatureView> {
      if (!signsAndIntakes(actor)) throw refuse('forbidden')
      await data(session)
      return store.update(session.id, (d) => {
        const refusal = checkSignature(input, {
          inviteName: actor.name,
          current: current(d),
          knownHashes: d.texts.map((t) => t.hash),
        })
        if (refusal)
          throw refuse(refusal, [
            {
              path: refusal.startsWith('hash')
                ? 'textHash'
                : refusal === 'no-consent'
                  ? 'consent'
                  : 'typedName',
              message: MESSAGES[refusal],
            },
          ])
        const sig: Signature = {
          id: randomId(),
          participantId: actor.id,
          typedName: input.typedName.trim().replace(/\s+/g, ' '),
          // Recorded as on the invitation ("Peter Bakker"), not as typed ("peter bakker").
          name: actor.name,
          version: current(d).version,
          textHash: current(d).hash,
          signedAt: iso(),
        }
        d.signatures.push(sig)
        return viewOf(d, sig)
      })
    },

    /** SAFETY-3/6: changes the session's safety record (assessment, "end now" presses) in one store update. */
    /** Runs `change` on the session's stored prep data (nothing is stored when it throws). */
    async updatePrep(session: SessionRecord, change: (d: PrepData) => void): Promise<void> {
      await store.update(session.id, change)
    },

    async updateSafety(session: SessionRecord, change: (s: SafetyRecord) => void): Promise<void> {
      await store.update(session.id, (d) => {
        const s = d.safety ?? emptySafety()
        change(s)
        d.safety = s
      })
    },

    async setQuestions(session: SessionRecord, questions: IntakeQuestion[]): Promise<IntakeQuestion[]> {
      const errors = validateQuestions(questions)
      if (errors.length > 0)
        throw new HttpError(400, 'invalid questions', { code: 'BAD-INPUT', details: errors })
      return store.update(session.id, (d) => {
        d.questions = questions
        return questions
      })
    },

    /** Saves the text; an actual change is a new version, which voids every earlier signature. */
    async setAgreement(
      session: SessionRecord,
      actor: Caller,
      language: Language,
      text: string,
    ): Promise<AgreementText> {
      if (!normalizeText(text))
        throw new HttpError(400, 'the text is empty', {
          code: 'BAD-INPUT',
          details: [{ path: 'text', message: 'required', issue: 'too_small', origin: 'string', minimum: 1 }],
        })
      if (text.length > MAX_AGREEMENT_LENGTH)
        throw new HttpError(413, `the text is longer than ${MAX_AGREEMENT_LENGTH} characters`, {
          code: 'TEXT-TOO-LONG',
        })
      await data(session)
      return store.update(session.id, (d) => {
        const last = current(d)
        const next = textVersion(last.version + 1, language, text, actor.id)
        if (next.hash === last.hash && language === last.language) return last
        d.texts.push(next)
        return next
      })
    },
  }
}

export type PrepService = ReturnType<typeof createPrepService>
