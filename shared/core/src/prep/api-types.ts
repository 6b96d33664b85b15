/**
 * The wire contract of the "before the session" API (companion-server/src/prep/routes.ts). Every call carries
 * `Authorization: Bearer <invite token | login token>`; errors are `ApiError` with a `prep/...` code (refusals.ts).
 */
import type { SessionKind } from '../domain/session/vocabulary'
import type { Language } from '../domain/types'
import type { IntakeAnswers, IntakeQuestion, IntakeRecord } from './intake'
import type { PracticeRecord, PracticeSummary } from './practice'
import type { ParticipantReadiness } from './readiness'
import type { OwnIntake, SafetyFlag } from './safety-screening'
import type { AgreementText, Signature, SignatureState } from './signature'

export const PREP_PING_PATH = '/prep/ping'

/** An ICE server as RTCPeerConnection takes it (TURN credentials are short-lived where the operator can). */
export interface IceServerConfig {
  urls: string | string[]
  username?: string
  credential?: string
}

export interface SignatureView extends Signature {
  state: SignatureState
}

/** Ground rules as the participant reads and accepts them (from the control document). */
export interface RulesForPrep {
  version: number
  hash: string
  items: { id: string; text: { nl: string; en: string } }[]
  /** The caller's acceptance counts for the current version. */
  acceptedCurrent: boolean
}

/** GET /api/sessions/:id/prep — what a participant needs on the practice page. */
export interface PrepView {
  /** `kind`: a coaching session's page speaks of the coach and the client (COACH-5). */
  session: { id: string; title: string; language: Language; kind: SessionKind }
  participant: { id: string; name: string; role: 'party' | 'adviser' | 'secretariat' }
  /** Intake and signing apply to parties and advisers only. */
  intakeApplies: boolean
  questions: IntakeQuestion[]
  /** SAFETY-2: the caller's own answers without the screening ones (only which were answered). */
  answers: OwnIntake | null
  agreement: AgreementText
  signatures: SignatureView[]
  rules: RulesForPrep | null
  practice: PracticeRecord[]
  iceServers: IceServerConfig[]
}

/** PUT /api/sessions/:id/prep/intake */
export interface IntakeBody {
  answers: IntakeAnswers
}

/** POST /api/sessions/:id/prep/practice */
export interface PracticeBody {
  summary: PracticeSummary
}

/** POST /api/sessions/:id/prep/signatures */
export interface SignBody {
  typedName: string
  consent: boolean
  textHash: string
}

/** GET /api/sessions/:id/prep/intake (mediator only). */
export interface IntakeOverview {
  questions: IntakeQuestion[]
  answers: Record<string, IntakeRecord>
}

/** PUT /api/sessions/:id/prep/questions (mediator only). */
export interface QuestionsBody {
  questions: IntakeQuestion[]
}

/** PUT /api/sessions/:id/prep/agreement (mediator only): a changed text is a new version. */
export interface AgreementBody {
  language: Language
  text: string
}

/** GET /api/sessions/:id/prep/readiness (mediator and secretariat): no intake answers, no texts. */
export interface ReadinessResponse {
  session: { id: string; title: string; language: Language; createdAt: string }
  agreementVersion: number
  participants: ParticipantReadiness[]
}

/** GET /api/sessions/:id/prep/safety (the mediator only, SAFETY-3): the screening as the mediator acts on it. */
export interface SafetyOverview {
  /** True while a worrying answer waits for the mediator's assessment: moves into joint session are refused. */
  held: boolean
  /** Each worrying answer with the participant's name and the question as asked. */
  flags: (SafetyFlag & { name: string; kind: IntakeQuestion['kind']; label: { nl: string; en: string } })[]
  codeWords: { participantId: string; name: string; word: string }[]
  assessed: { at: string; by: string } | null
  /** SAFETY-4: every confirmation that lifted a hold (the mediator's explicit, logged command), oldest first. */
  lifts: { at: string; by: string }[]
  /** "End now" presses (SAFETY-6), newest last. */
  exits: { participantId: string; name: string; at: string; via?: 'code-word' }[]
}
