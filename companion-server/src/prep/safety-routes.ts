/**
 * The safety screening on the server (SAFETY-2…6): the mediator's overview and confirmation, a party's "end now",
 * and the hold the command service applies to moves into joint session. The answers never leave through any
 * other route: the participant's own page gets `ownIntake`, exports never read the intake.
 */

import type { ServerFacts } from '@mediation/core/domain'
import {
  defaultIntakeQuestions,
  emptySafety,
  isSafetyQuestion,
  type SafetyOverview,
  safetyFlags,
  safetyHeld,
} from '@mediation/core/prep'
import { forbidden } from '../errors'
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
      method: 'post',
      path: `${BASE}/exit`,
      summary: 'A party or adviser pressed "end now": recorded for the mediator (SAFETY-6)',
      access: sideMember,
      ok: { status: 204, description: 'recorded' },
      handler: async ({ session, actor, res }) => {
        // A press within EXIT_REPEAT_MS of the same person's last is the same alert: no write (budget).
        const last = (await service.data(session)).safety?.exits.findLast((e) => e.participantId === actor.id)
        if (last && ctx.now() - Date.parse(last.at) < EXIT_REPEAT_MS) return void res.status(204).end()
        await service.updateSafety(session, (s) => {
          s.exits.push({ participantId: actor.id, at: new Date(ctx.now()).toISOString() })
          if (s.exits.length > MAX_EXITS) s.exits.splice(0, s.exits.length - MAX_EXITS)
        })
        res.status(204).end()
      },
    }),
  ]
}
