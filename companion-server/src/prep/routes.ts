/**
 * HTTP routes "before the session": the participant's practice page (view, intake, practice results, signing,
 * receipt) and the mediator's side (questions, agreement text, intake answers, readiness). Thin: parse,
 * authenticate, hand over to the service.
 */
import { getRules, rulesStatus } from '@mediation/core/domain'
import type { IntakeOverview, PrepView } from '@mediation/core/prep'
import type { Request } from 'express'
import type { Actor } from '../auth/actor'
import { forbidden, notFound } from '../errors'
import { ownedSession, param, sessionOf } from '../http/auth'
import type { AppContext } from '../http/context'
import type { RouteDef } from '../http/route'
import { parse } from '../http/validate'
import type { SessionRecord } from '../store/meta-types'
import type { PrepContext } from './context'
import { sessionReadiness } from './readiness'
import { receiptPdf } from './receipt-pdf'
import {
  AgreementBodySchema,
  IntakeBodySchema,
  PracticeBodySchema,
  QuestionsBodySchema,
  SignBodySchema,
} from './schemas'
import { createPrepService, refuse, signsAndIntakes } from './service'

const BASE = '/api/sessions/:id/prep'

/** The prep API as route definitions (mounted and documented like every other route). */
export function prepRoutes(ctx: AppContext, prep: PrepContext): RouteDef[] {
  const service = createPrepService(prep.store, ctx.now)
  const at = (req: Request) => sessionOf(ctx, req, param(req, 'id'))
  const owned = (req: Request) => ownedSession(ctx, req, param(req, 'id'))
  const participant = (req: Request) => {
    const found = at(req)
    if (found.actor.role === 'mediator')
      throw forbidden("this is the participant's own page; use the readiness view")
    return found
  }

  async function view(session: SessionRecord, actor: Actor): Promise<PrepView> {
    const d = await service.data(session)
    const rules = await ctx.rooms.withDocs([`${session.id}/control`], ([control]) => {
      const r = getRules(control!)
      const mine = rulesStatus(control!).participants.find((p) => p.participantId === actor.id)
      return { version: r.version, hash: r.hash, items: r.items, acceptedCurrent: mine?.current ?? false }
    })
    const intakeApplies = signsAndIntakes(actor)
    return {
      session: { id: session.id, title: session.title, language: session.language },
      participant: { id: actor.id, name: actor.name, role: actor.role as PrepView['participant']['role'] },
      intakeApplies,
      questions: service.questionsOf(d),
      answers: d.intake[actor.id] ?? null,
      agreement: service.current(d),
      signatures: service.signaturesOf(d, actor.id),
      rules: intakeApplies ? rules : null,
      practice: d.practice.filter((r) => r.participantId === actor.id),
      iceServers: prep.iceServers,
    }
  }

  return [
    {
      method: 'get',
      path: BASE,
      summary:
        "The participant's own practice page data: questions, own answers, agreement text, own signatures, ground rules, own practice runs, ICE servers",
      auth: 'credential',
      ok: { status: 200, description: 'PrepView' },
      handler: async (req, res) => {
        const { session, actor } = participant(req)
        res.json(await view(session, actor))
      },
    },
    {
      method: 'put',
      path: `${BASE}/intake`,
      summary:
        "Submit or replace the caller's intake answers (parties and advisers); visible to the mediator only",
      auth: 'credential',
      body: IntakeBodySchema,
      ok: { status: 200, description: 'IntakeRecord' },
      handler: async (req, res) => {
        const { session, actor } = participant(req)
        res.json(await service.saveIntake(session, actor, parse(IntakeBodySchema, req.body).answers))
      },
    },
    {
      method: 'get',
      path: `${BASE}/intake`,
      summary: "Every participant's intake answers and the questions (the mediator only)",
      auth: 'mediator',
      ok: { status: 200, description: 'IntakeOverview' },
      handler: async (req, res) => {
        const { session } = owned(req)
        const d = await service.data(session)
        const body: IntakeOverview = { questions: service.questionsOf(d), answers: d.intake }
        res.json(body)
      },
    },
    {
      method: 'put',
      path: `${BASE}/questions`,
      summary: 'Replace the intake questions (the mediator only)',
      auth: 'mediator',
      body: QuestionsBodySchema,
      ok: { status: 200, description: '{questions}' },
      handler: async (req, res) => {
        const { session } = owned(req)
        res.json({
          questions: await service.setQuestions(session, parse(QuestionsBodySchema, req.body).questions),
        })
      },
    },
    {
      method: 'get',
      path: `${BASE}/agreement`,
      summary: 'The agreement-to-mediate text: current version and history (the mediator only)',
      auth: 'mediator',
      ok: { status: 200, description: '{current, versions}' },
      handler: async (req, res) => {
        const { session } = owned(req)
        const d = await service.data(session)
        res.json({ current: service.current(d), versions: d.texts.map(({ text: _t, ...v }) => v) })
      },
    },
    {
      method: 'put',
      path: `${BASE}/agreement`,
      summary: 'Save the agreement-to-mediate text; a change is a new version and voids earlier signatures',
      auth: 'mediator',
      body: AgreementBodySchema,
      ok: { status: 200, description: 'AgreementText' },
      errors: [413],
      handler: async (req, res) => {
        const { session, actor } = owned(req)
        const body = parse(AgreementBodySchema, req.body)
        res.json(await service.setAgreement(session, actor, body.language, body.text))
      },
    },
    {
      method: 'post',
      path: `${BASE}/signatures`,
      summary:
        'Sign the current agreement text: typed name = invite name, explicit consent, hash of the text read',
      auth: 'credential',
      body: SignBodySchema,
      ok: { status: 201, description: 'SignatureView' },
      errors: [409],
      handler: async (req, res) => {
        const { session, actor } = participant(req)
        res.status(201).json(await service.sign(session, actor, parse(SignBodySchema, req.body)))
      },
    },
    {
      method: 'get',
      path: `${BASE}/signatures/:sigId/receipt.pdf`,
      summary: 'The signed receipt as PDF (the signer and the mediator)',
      auth: 'credential',
      ok: { status: 200, description: 'application/pdf' },
      handler: async (req, res) => {
        const { session, actor } = at(req)
        const d = await service.data(session)
        const sig = d.signatures.find((s) => s.id === param(req, 'sigId'))
        if (!sig || (actor.role !== 'mediator' && sig.participantId !== actor.id)) throw notFound('signature')
        const text = d.texts.find((t) => t.hash === sig.textHash)
        if (!text) throw notFound('signed text')
        const lang = req.query.lang === 'en' || req.query.lang === 'nl' ? req.query.lang : session.language
        const state = sig.textHash === service.current(d).hash ? 'valid' : 'outdated'
        const pdf = await receiptPdf({ sessionTitle: session.title, lang, signature: sig, text, state })
        res
          .status(200)
          .set('content-type', 'application/pdf')
          .set('content-disposition', `attachment; filename="receipt-${sig.version}-${sig.id}.pdf"`)
          .set('cache-control', 'no-store')
          .send(pdf)
      },
    },
    {
      method: 'post',
      path: `${BASE}/practice`,
      summary: 'Store a practice summary (device and network results only; no audio or video)',
      auth: 'credential',
      body: PracticeBodySchema,
      ok: { status: 201, description: 'PracticeRecord' },
      handler: async (req, res) => {
        const { session, actor } = participant(req)
        const body = PracticeBodySchema.safeParse(req.body)
        if (!body.success) {
          const details = body.error.issues.map((i) => ({
            path: i.path.join('.') || '(body)',
            message: i.message,
          }))
          throw refuse('practice-invalid', details)
        }
        res.status(201).json(await service.recordPractice(session, actor, body.data.summary))
      },
    },
    {
      method: 'get',
      path: `${BASE}/readiness`,
      summary: 'Readiness per participant (mediator and secretariat; no intake answers, no texts)',
      auth: 'credential',
      ok: { status: 200, description: 'ReadinessResponse' },
      handler: async (req, res) => {
        const { session, actor } = at(req)
        if (actor.role !== 'mediator' && actor.role !== 'secretariat') throw refuse('forbidden')
        res.json(await sessionReadiness(session, service, ctx.rooms))
      },
    },
  ]
}
