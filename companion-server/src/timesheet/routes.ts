/**
 * The mediator's time sheet (TIME-4, TIME-5): manual time entries and the claim fields, mediator only, stored in
 * the session's own file through the prep store (never in a document, since parties read `control`). The domain
 * checks every value; its rule ids are the answer's codes, which the sidebar words: a refused value is 400, a full
 * sheet (500 entries) a 409.
 */
import { checkClaim, checkEntryRoom, checkManualEntry, EMPTY_CLAIM, timeLog } from '@mediation/core/domain'
import { ClaimBody, ManualEntryBody, TimesheetResponse } from '@mediation/protocol'
import { randomId } from '../auth/crypto'
import { notFound } from '../errors'
import { param } from '../http/auth'
import type { AppContext } from '../http/context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../http/route'
import { checkInput } from '../http/validate'
import type { PrepStore, Timesheet } from '../prep/store'

const BASE = '/api/sessions/:id/timesheet'
const owner = { auth: 'session', roles: MEDIATOR_ONLY } as const

/** The time sheet of a session (empty until the mediator writes one). */
export async function loadTimesheet(store: PrepStore, sessionId: string): Promise<Timesheet> {
  const found = (await store.load(sessionId))?.timesheet
  return found ?? { entries: [], claim: { ...EMPTY_CLAIM } }
}

/** Runs `change` on the stored time sheet; nothing is stored when it throws. */
function updateTimesheet<T>(store: PrepStore, sessionId: string, change: (t: Timesheet) => T): Promise<T> {
  return store.update(sessionId, (d) => {
    d.timesheet ??= { entries: [], claim: { ...EMPTY_CLAIM } }
    return change(d.timesheet)
  })
}

export function timesheetRoutes(ctx: AppContext): RouteDef[] {
  const store = ctx.prep.store
  /** The sheet with the totals so far, from the live control document (TIME-1/4). */
  const answer = (sessionId: string, sheet: Timesheet): Promise<TimesheetResponse> =>
    ctx.rooms.withDocs([`${sessionId}/control`], ([control]) => {
      const log = timeLog(control!, ctx.now(), sheet.entries)
      const meetings = log.meetings.map(({ number, startedAt, endedAt, totals }) => ({
        number,
        startedAt,
        endedAt,
        totals,
      }))
      return { entries: sheet.entries, claim: sheet.claim, summary: { totals: log.totals, meetings } }
    })
  return [
    route(ctx, {
      method: 'get',
      path: BASE,
      summary: "The mediator's manual time entries and claim fields (TIME-4/5)",
      access: owner,
      ok: { status: 200, description: 'TimesheetResponse', schema: TimesheetResponse },
      handler: async ({ session, res }) => {
        res.json(await answer(session.id, await loadTimesheet(store, session.id)))
      },
    }),
    route(ctx, {
      method: 'post',
      path: `${BASE}/entries`,
      summary: 'Add a manual time entry (TIME-4; at most 500 per session)',
      access: owner,
      body: ManualEntryBody,
      ok: { status: 201, description: 'TimesheetResponse', schema: TimesheetResponse },
      handler: async ({ session, body, res }) => {
        const entry = { id: randomId(), ...checkInput(() => checkManualEntry(body)) }
        const sheet = await updateTimesheet(store, session.id, (t) => {
          checkEntryRoom(t.entries.length)
          t.entries.push(entry)
          return t
        })
        res.status(201).json(await answer(session.id, sheet))
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/entries/:entryId`,
      summary: 'Change a manual time entry (TIME-4)',
      access: owner,
      body: ManualEntryBody,
      ok: { status: 200, description: 'TimesheetResponse', schema: TimesheetResponse },
      handler: async ({ session, body, req, res }) => {
        const id = param(req, 'entryId')
        const next = checkInput(() => checkManualEntry(body))
        const sheet = await updateTimesheet(store, session.id, (t) => {
          const i = t.entries.findIndex((e) => e.id === id)
          if (i < 0) throw notFound('NOT-FOUND', 'time entry')
          t.entries[i] = { id, ...next }
          return t
        })
        res.json(await answer(session.id, sheet))
      },
    }),
    route(ctx, {
      method: 'delete',
      path: `${BASE}/entries/:entryId`,
      summary: 'Delete a manual time entry',
      access: owner,
      ok: { status: 200, description: 'TimesheetResponse', schema: TimesheetResponse },
      handler: async ({ session, req, res }) => {
        const id = param(req, 'entryId')
        const sheet = await updateTimesheet(store, session.id, (t) => {
          const i = t.entries.findIndex((e) => e.id === id)
          if (i < 0) throw notFound('NOT-FOUND', 'time entry')
          t.entries.splice(i, 1)
          return t
        })
        res.json(await answer(session.id, sheet))
      },
    }),
    route(ctx, {
      method: 'put',
      path: `${BASE}/claim`,
      summary:
        'Replace the claim fields: legal-aid and insurer file numbers, insurer, field, co-mediator (TIME-5)',
      access: owner,
      body: ClaimBody,
      ok: { status: 200, description: 'TimesheetResponse', schema: TimesheetResponse },
      handler: async ({ session, body, res }) => {
        const claim = checkInput(() => checkClaim(body))
        const sheet = await updateTimesheet(store, session.id, (t) => {
          t.claim = claim
          return t
        })
        res.json(await answer(session.id, sheet))
      },
    }),
  ]
}
