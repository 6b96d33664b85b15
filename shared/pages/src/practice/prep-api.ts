/** The prep REST calls the practice page makes; the credential goes only into the Authorization header. */

import type { Language } from '@mediation/core/domain'
import type {
  AgreementText,
  IntakeAnswers,
  IntakeOverview,
  IntakeQuestion,
  IntakeRecord,
  PracticeRecord,
  PracticeSummary,
  PrepView,
  ReadinessResponse,
  SignatureView,
  SignBody,
} from '@mediation/core/prep'
import type { ScheduleResponse } from '@mediation/protocol'
import { ApiRequestError, createApi, createCall } from '@mediation/sidebar/client'

/** The prep routes, plus the sidebar client's own calls (me, tickets, commands) for the rest. */
export function createPrepApi(credential: string, origin = '') {
  const client = createApi({ serverUrl: origin || location.origin, credential })
  const call = createCall({ serverUrl: origin, credential })
  const base = (id: string) => `/api/sessions/${encodeURIComponent(id)}/prep`
  return {
    me: () => client.me(),
    view: (id: string) => call<PrepView>('GET', base(id)),
    saveIntake: (id: string, answers: IntakeAnswers) =>
      call<IntakeRecord>('PUT', `${base(id)}/intake`, { answers }),
    savePractice: (id: string, summary: PracticeSummary) =>
      call<PracticeRecord>('POST', `${base(id)}/practice`, { summary }),
    sign: (id: string, body: SignBody) => call<SignatureView>('POST', `${base(id)}/signatures`, body),
    acceptRules: (id: string, version: number, hash: string) =>
      client.command(id, { type: 'acceptRules', version, hash }),
    ticket: (id: string) => client.ticket(id),
    readiness: (id: string) => call<ReadinessResponse>('GET', `${base(id)}/readiness`),
    /** The planned meetings (planning only, so the secretariat may read it too). */
    schedule: (id: string) =>
      call<ScheduleResponse>('GET', `/api/sessions/${encodeURIComponent(id)}/schedule`),
    intakeOverview: (id: string) => call<IntakeOverview>('GET', `${base(id)}/intake`),
    saveQuestions: (id: string, questions: IntakeQuestion[]) =>
      call<{ questions: IntakeQuestion[] }>('PUT', `${base(id)}/questions`, { questions }),
    /** The current text and the template filled for this session in both languages. */
    agreement: (id: string) =>
      call<{ current: AgreementText; templates: Record<Language, string>; followsTemplate: boolean }>(
        'GET',
        `${base(id)}/agreement`,
      ),
    saveAgreement: (id: string, language: Language, text: string) =>
      call<AgreementText>('PUT', `${base(id)}/agreement`, { language, text }),
    /** The receipt as a Blob (a link cannot carry the Authorization header). */
    async receipt(id: string, sigId: string, lang: Language): Promise<Blob> {
      const res = await fetch(
        `${origin}${base(id)}/signatures/${encodeURIComponent(sigId)}/receipt.pdf?lang=${lang}`,
        {
          headers: { authorization: `Bearer ${credential}` },
        },
      )
      if (!res.ok) throw new ApiRequestError(res.status, { error: res.statusText })
      return res.blob()
    },
  }
}

export type PrepApi = ReturnType<typeof createPrepApi>
