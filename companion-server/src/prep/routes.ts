/**
 * HTTP routes "before the session": the participant's practice page (view, intake, practice results, signing,
 * receipt) and the mediator's side (questions, agreement text, intake answers, readiness). Thin: parse,
 * authenticate, hand over to the service.
 */
import { getRules, rulesStatus } from '@mediation/core/domain'
import { type IntakeOverview, ownIntake, type PrepView } from '@mediation/core/prep'
import {
  AgreementBodySchema,
  IntakeBodySchema,
  PracticeBodySchema,
  QuestionsBodySchema,
  SignBodySchema,
} from '@mediation/protocol'
import type { Caller } from '../auth/actor'
import { forbidden, notFound } from '../errors'
import { param } from '../http/auth'
import type { AppContext } from '../http/context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../http/route'
import type { SessionRecord } from '../store/meta-types'
import { agreementFillFor } from './agreement-fill'
import type { PrepContext } from './context'
import { sessionReadiness } from './readiness'
import { receiptPdf } from './receipt-pdf'
import { safetyRoutes } from './safety-routes'
import { createPrepService, refuse, signsAndIntakes } from './service'

const BASE = '/api/sessions/:id/prep'

/** The prep API as route definitions (mounted and documented like every other route). */
export function prepRoutes(ctx: AppContext, prep: PrepContext): RouteDef[] {
  const service = createPrepService(prep.store, ctx.now, agreementFillFor(ctx.directory, prep.platforms))
  const anyone = { auth: 'session' } as const
  const owner = { auth: 'session', roles: MEDIATOR_ONLY } as const
  const participant = {
    auth: 'session',
    roles: {
      allow: ['party', 'adviser', 'secretariat'],
      denied: () => forbidden("this is the participant's own page; use the readiness view", 'PREP-OWN-PAGE'),
    },
  } as const
  const readers = {
    auth: 'session',
    roles: { allow: ['mediator', 'secretariat'], denied: () => refuse('forbidden') },
  } as const

  async function view(session: SessionRecord, actor: Caller): Promise<PrepView> {
    const d = await service.data(session)
    const rules = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => {
      const r = getRules(control!)
      const mine = rulesStatus(control!).participants.find((p) => p.participantId === actor.id)
      return { version: r.version, hash: r.hash, items: r.items, acceptedCurrent: mine?.current ?? false }
    })
    const intakeApplies = signsAndIntakes(actor)
    return {
      session: { id: session.id, title: session.title, language: session.language, kind: session.kind },
      participant: { id: actor.id, name: actor.name, role: actor.role as PrepView['participant']['role'] },
      intakeApplies,
      questions: service.questionsOf(d, session),
      // SAFETY-2: not even its author reads a screening answer back (someone else may hold the device or link).
      answers: d.intake[actor.id] ? ownIntake(service.questionsOf(d, session), d.intake[actor.id]!) : null,
      agreement: service.current(d),
      signatures: service.signaturesOf(d, actor.id),
      rules: intakeApplies ? rules : null,
      practice: d.practice.filter((r) => r.participantId === actor.id),
      iceServers: prep.iceServers,
    }
  }

  return [
    route(ctx, {
      method: 'get',
      path: BASE,
      summary:
        "The participant's own practice page data: questions, own answers, agreement text, own signatures, ground rules, own practice runs, ICE servers",
      access: participant,
      ok: { status: 200, description: 'PrepView' },
      handler: async ({ session, actor, res }) => {
        res.json(await view(session, actor))
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/intake`,
      summary:
        "Submit or replace the caller's intake answers (parties and advisers); visible to the mediator only",
      access: participant,
      body: IntakeBodySchema,
      ok: { status: 200, description: 'IntakeRecord' },
      handler: async ({ session, actor, body, res }) => {
        res.json(await service.saveIntake(session, actor, body.answers))
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${BASE}/intake`,
      summary: "Every participant's intake answers and the questions (the mediator only)",
      access: owner,
      ok: { status: 200, description: 'IntakeOverview' },
      handler: async ({ session, res }) => {
        const d = await service.data(session)
        const body: IntakeOverview = { questions: service.questionsOf(d, session), answers: d.intake }
        res.json(body)
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/questions`,
      summary: 'Replace the intake questions (the mediator only)',
      access: owner,
      body: QuestionsBodySchema,
      ok: { status: 200, description: '{questions}' },
      handler: async ({ session, body, res }) => {
        res.json({
          questions: await service.setQuestions(session, body.questions),
        })
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${BASE}/agreement`,
      summary:
        'The agreement-to-mediate text: current version, history and the filled template in nl and en (the mediator only)',
      access: owner,
      ok: { status: 200, description: '{current, versions, templates, followsTemplate}' },
      handler: async ({ session, res }) => {
        const d = await service.data(session)
        res.json({
          current: service.current(d),
          versions: d.texts.map(({ text: _t, ...v }) => v),
          templates: service.templates(session),
          followsTemplate: service.followsTemplate(d, session),
        })
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/agreement`,
      summary: 'Save the agreement-to-mediate text; a change is a new version and voids earlier signatures',
      access: owner,
      body: AgreementBodySchema,
      ok: { status: 200, description: 'AgreementText' },
      errors: [413],
      handler: async ({ session, actor, body, res }) => {
        res.json(await service.setAgreement(session, actor, body.language, body.text))
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/signatures`,
      summary:
        'Sign the current agreement text: typed name = invite name, explicit consent, hash of the text read',
      access: participant,
      body: SignBodySchema,
      ok: { status: 201, description: 'SignatureView' },
      errors: [409],
      handler: async ({ session, actor, body, res }) => {
        res.status(201).json(await service.sign(session, actor, body))
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${BASE}/signatures/:sigId/receipt.pdf`,
      summary: 'The signed receipt as PDF (the signer and the mediator)',
      access: anyone,
      ok: { status: 200, description: 'application/pdf' },
      handler: async ({ session, actor, req, res }) => {
        const d = await service.data(session)
        const sig = d.signatures.find((s) => s.id === param(req, 'sigId'))
        if (!sig || (actor.role !== 'mediator' && sig.participantId !== actor.id))
          throw notFound('SIGNATURE-NOT-FOUND', 'signature')
        const text = d.texts.find((t) => t.hash === sig.textHash)
        if (!text) throw notFound('AGREEMENT-NOT-FOUND', 'signed text')
        const lang = req.query.lang === 'en' || req.query.lang === 'nl' ? req.query.lang : session.language
        const state = sig.textHash === service.current(d).hash ? 'valid' : 'outdated'
        const pdf = await receiptPdf({
          sessionTitle: session.title,
          lang,
          signature: sig,
          text,
          state,
          kind: session.kind,
        })
        res
          .status(200)
          .set('content-type', 'application/pdf')
          .set('content-disposition', `attachment; filename="receipt-${sig.version}-${sig.id}.pdf"`)
          .set('cache-control', 'no-store')
          .send(pdf)
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/practice`,
      summary: 'Store a practice summary (device and network results only; no audio or video)',
      access: participant,
      body: PracticeBodySchema,
      refuse: (_raw, details) => refuse('practice-invalid', details),
      ok: { status: 201, description: 'PracticeRecord' },
      handler: async ({ session, actor, body, res }) => {
        res.status(201).json(await service.recordPractice(session, actor, body.summary))
      },
    }),
    ...safetyRoutes(ctx, service, { owner }),
    route(ctx, {
      method: 'get',
      path: `${BASE}/readiness`,
      summary: 'Readiness per participant (mediator and secretariat; no intake answers, no texts)',
      access: readers,
      ok: { status: 200, description: 'ReadinessResponse' },
      handler: async ({ session, res }) => {
        res.json(await sessionReadiness(session, service, ctx.rooms))
      },
    }),
  ]
}
