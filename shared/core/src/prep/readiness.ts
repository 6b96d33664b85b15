/**
 * Readiness per participant, derived from the stored prep records: practised, intake done, agreement signed,
 * ground rules accepted. Only parties and advisers have to be ready; the view carries no intake content.
 */
import type { Role } from '../domain/types'
import type { IntakeAnswers, IntakeQuestion } from './intake'
import { isIntakeComplete } from './intake'
import type { CheckStatus, PracticeRecord } from './practice'
import { overallStatus } from './practice'
import type { AgreementText, Signature } from './signature'
import { currentSignature } from './signature'

export type ReadinessStep = 'practice' | 'intake' | 'agreement' | 'rules'

export interface ReadinessParticipant {
  id: string
  name: string
  role: Role
  sideId: string | null
}

export interface ParticipantReadiness {
  participantId: string
  name: string
  role: ReadinessParticipant['role']
  sideId: string | null
  practice: {
    at: string
    overall: CheckStatus
    camera: CheckStatus
    microphone: CheckStatus
    speaker: CheckStatus
    network: CheckStatus
    rttMs: number | null
    jitterMs: number | null
  } | null
  practiceCount: number
  intakeDone: boolean
  agreement: { state: 'valid' | 'outdated' | 'none'; signedAt: string | null }
  /** null when the ground rules status is unknown to the caller (then it does not block readiness). */
  rulesAccepted: boolean | null
  missing: ReadinessStep[]
  ready: boolean
}

export interface ReadinessInput {
  participants: readonly ReadinessParticipant[]
  practice: readonly PracticeRecord[]
  questions: readonly IntakeQuestion[]
  answers: Readonly<Record<string, IntakeAnswers>>
  agreement: AgreementText
  signatures: readonly Signature[]
  /** Participant ids that accepted the current ground rules; omit when unknown. */
  rulesAcceptedBy?: readonly string[]
}

/** Who must be ready before the session: parties and their advisers. */
export const needsReadiness = (p: ReadinessParticipant): boolean => p.role === 'party' || p.role === 'adviser'

/** Readiness of each participant who must be ready, in the order given. */
export function deriveReadiness(input: ReadinessInput): ParticipantReadiness[] {
  return input.participants.filter(needsReadiness).map((p) => one(p, input))
}

function one(p: ReadinessParticipant, input: ReadinessInput): ParticipantReadiness {
  const runs = input.practice.filter((r) => r.participantId === p.id)
  const last = runs.at(-1)
  const sigs = input.signatures.filter((s) => s.participantId === p.id)
  const valid = currentSignature(sigs, input.agreement)
  const latest = sigs.at(-1)
  const intakeDone = isIntakeComplete(input.questions, input.answers[p.id] ?? null)
  const rulesAccepted = input.rulesAcceptedBy ? input.rulesAcceptedBy.includes(p.id) : null
  const practice = last ? practiceView(last) : null
  const missing: ReadinessStep[] = []
  // A failed practice run still needs another go: "practised" means a run that did not fail.
  if (!practice || practice.overall === 'fail') missing.push('practice')
  if (!intakeDone) missing.push('intake')
  if (!valid) missing.push('agreement')
  if (rulesAccepted === false) missing.push('rules')
  return {
    participantId: p.id,
    name: p.name,
    role: p.role,
    sideId: p.sideId,
    practice,
    practiceCount: runs.length,
    intakeDone,
    agreement: valid
      ? { state: 'valid', signedAt: valid.signedAt }
      : latest
        ? { state: 'outdated', signedAt: latest.signedAt }
        : { state: 'none', signedAt: null },
    rulesAccepted,
    missing,
    ready: missing.length === 0,
  }
}

function practiceView(r: PracticeRecord): NonNullable<ParticipantReadiness['practice']> {
  const s = r.summary
  return {
    at: r.at,
    overall: overallStatus(s),
    camera: s.camera.status,
    microphone: s.microphone.status,
    speaker: s.speaker.status,
    network: s.network.status,
    rttMs: s.network.rttMs,
    jitterMs: s.network.jitterMs,
  }
}
