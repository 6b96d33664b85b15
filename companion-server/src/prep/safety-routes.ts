/**
 * The safety screening on the server (SAFETY-2…6): the mediator's overview and confirmation, a party's "end now",
 * and the hold the command service applies to moves into joint session. The answers never leave through any
 * other route: the participant's own page gets `ownIntake`, exports never read the intake.
 */

import type { ServerFacts } from '@mediation/core/domain'
import {
  codeWordOf,
  containsCodeWord,
  defaultIntakeQuestions,
  emptySafety,
  isSafetyQuestion,
  type SafetyOverview,
  safetyFlags,
  safetyHeld,
} from '@mediation/core/prep'
import { SafetyWordBodySchema, SafetyWordResponse, StaggerBodySchema } from '@mediation/protocol'
import { badRequest, forbidden, HttpError } from '../errors'
import type { AppContext } from '../http/context'
import { type MEDIATOR_ONLY, type RouteDef, route } from '../http/route'
import type { SessionRecord } from '../store/meta-types'
import type { PrepService } from './service'
import type { PrepStore } from './store'

const BASE = '/api/sessions/:id/prep/safety'

/** "End now" presses kept per session: enough to alert the mediator, bounded so a loop cannot grow the file. */
const MAX_EXITS = 100
/** Presses of one person closer together than this are one alert. */
const EXIT_REPEAT_MS = 10_000

/** SAFETY-4: whether the session is held for its screening, for the command service's phase moves. */
export async function prepSafetyFacts(store: PrepStore, session: SessionRecord): Promise<ServerFacts> {
  const d = await store.load(session.id)
  if (!d) return { safetyHeld: false }
  return { safetyHeld: safetyHeld(d.questions ?? defaultIntakeQuestions(session.kind), d.intake, d.safety) }
}

export function safetyRoutes(
  ctx: AppContext,
  service: PrepService,
  access: { owner: { auth: 'session'; roles: typeof MEDIATOR_ONLY } },
): RouteDef[] {
  const nameOf = (session: SessionRecord, id: string) =>
    session.participants.find((p) => p.id === id)?.name ?? id
  const sideMember = {
    auth: 'session',
    roles: {
      allow: ['party', 'adviser'],
      denied: () => forbidden('for parties and advisers', 'PREP-OWN-PAGE'),
    },
  } as const

  async function overview(session: SessionRecord): Promise<SafetyOverview> {
    const d = await service.data(session)
    const questions = service.questionsOf(d, session)
    const safety = d.safety ?? emptySafety()
    const words = questions.filter((q) => isSafetyQuestion(q) && q.worrying === 'never')
    return {
      held: safetyHeld(questions, d.intake, safety),
      flags: safetyFlags(questions, d.intake).map((f) => {
        const q = questions.find((x) => x.id === f.questionId)!
        return { ...f, name: nameOf(session, f.participantId), kind: q.kind, label: q.label }
      }),
      codeWords: Object.values(d.intake).flatMap((r) =>
        words
          .map((q) => r.answers[q.id]?.trim() ?? '')
          .filter(Boolean)
          .map((word) => ({ participantId: r.participantId, name: nameOf(session, r.participantId), word })),
      ),
      assessed: safety.assessed,
      lifts: safety.lifts ?? [],
      exits: safety.exits.map((e) => ({ ...e, name: nameOf(session, e.participantId) })),
    }
  }

  /** SAFETY-6/8: records an "end now"; one within EXIT_REPEAT_MS of the same person's last is the same alert. */
  async function recordExit(session: SessionRecord, participantId: string, via: 'code-word' | undefined) {
    const last = (await service.data(session)).safety?.exits.findLast(
      (e) => e.participantId === participantId,
    )
    if (last && ctx.now() - Date.parse(last.at) < EXIT_REPEAT_MS) return
    await service.updateSafety(session, (s) => {
      s.exits.push({ participantId, at: new Date(ctx.now()).toISOString(), ...(via ? { via } : {}) })
      if (s.exits.length > MAX_EXITS) s.exits.splice(0, s.exits.length - MAX_EXITS)
    })
  }

  return [
    route(ctx, {
      method: 'get',
      path: BASE,
      summary:
        'The safety screening: worrying answers by name, code words, "end now" presses, hold (the mediator only)',
      access: access.owner,
      ok: { status: 200, description: 'SafetyOverview' },
      handler: async ({ session, res }) => {
        res.json(await overview(session))
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/assessed`,
      summary:
        'The mediator confirms having assessed the safety screening: moves into joint session are no longer held',
      access: access.owner,
      ok: { status: 200, description: 'SafetyOverview' },
      handler: async ({ session, actor, res }) => {
        const d = await service.data(session)
        const wasHeld = safetyHeld(service.questionsOf(d, session), d.intake, d.safety)
        await service.updateSafety(session, (s) => {
          s.assessed = { at: new Date(ctx.now()).toISOString(), by: actor.id }
          // SAFETY-4: a confirmation that lifts a hold is logged (bounded like the presses).
          if (wasHeld) s.lifts = [...(s.lifts ?? []), s.assessed].slice(-MAX_EXITS)
        })
        if (wasHeld) ctx.logger.info({ sessionId: session.id, by: actor.id }, 'safety hold lifted')
        res.json(await overview(session))
      },
    }),
    route(ctx, {
      method: 'get',
      path: `${BASE}/stagger`,
      summary:
        'Staggered start: minutes after the meeting start at which each participant’s link opens (SAFETY-9)',
      access: access.owner,
      ok: { status: 200, description: 'StaggerBody', schema: StaggerBodySchema },
      handler: async ({ session, res }) => {
        res.json({ delays: (await service.data(session)).stagger ?? {} })
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/stagger`,
      summary:
        'Set the staggered start: the server refuses a participant’s meeting link before its time (SAFETY-9; mediator only)',
      access: access.owner,
      body: StaggerBodySchema,
      ok: { status: 200, description: 'StaggerBody', schema: StaggerBodySchema },
      handler: async ({ session, body, res }) => {
        // Only the session's parties and advisers have a link to stagger; anything else is bad input.
        const wrong = Object.keys(body.delays).filter(
          (id) =>
            !session.participants.some((p) => p.id === id && (p.role === 'party' || p.role === 'adviser')),
        )
        if (wrong.length > 0)
          throw badRequest(
            'delays name participants who are no party or adviser of this session',
            wrong.map((id) => ({ path: `delays.${id}`, message: 'not a party or adviser of this session' })),
          )
        const delays = Object.fromEntries(Object.entries(body.delays).filter(([, m]) => m > 0))
        await service.data(session)
        await service.updatePrep(session, (d) => {
          d.stagger = delays
        })
        res.json({ delays })
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/exit`,
      summary: 'A party or adviser pressed "end now": recorded for the mediator (SAFETY-6)',
      access: sideMember,
      ok: { status: 204, description: 'recorded' },
      handler: async ({ session, actor, res }) => {
        await recordExit(session, actor.id, undefined)
        res.status(204).end()
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/word`,
      summary:
        'A party\'s or adviser\'s typed text checked for its own code word from its intake; a match is an "end now" for the mediator (SAFETY-8)',
      access: sideMember,
      body: SafetyWordBodySchema,
      ok: { status: 200, description: 'whether the text holds the code word', schema: SafetyWordResponse },
      handler: async ({ session, actor, body, res }) => {
        // Within the caller's command budget: guessing someone's word by trying costs what commands cost.
        if (!ctx.budgets.of(session.id, actor.id).commands.take())
          throw new HttpError(429, 'too many checks in a short time; wait a moment', {
            code: 'LIMIT-COMMANDS',
          })
        const d = await service.data(session)
        const word = codeWordOf(service.questionsOf(d, session), d.intake[actor.id]?.answers)
        const match = word !== null && containsCodeWord(body.text, word)
        if (match) await recordExit(session, actor.id, 'code-word')
        res.json({ match })
      },
    }),
  ]
}
