/** HTTP routes of the session record: agreement (JSON, text, PDF), time log CSV, notes export, verification. */

import { notesMarkdown } from '@mediation/core/record'
import type { Request } from 'express'
import { z } from 'zod'
import type { Caller } from '../auth/actor'
import { HttpError } from '../errors'
import type { AppContext } from '../http/context'
import { MEDIATOR_ONLY, type RouteDef, route } from '../http/route'
import type { SessionRecord } from '../store/meta-types'
import { agreementPdf } from './agreement-pdf'
import { intakeExport, timesheetExport } from './dossier-files'
import { fileName, sendExport } from './download'
import { endingPdf } from './ending-pdf'
import { notesPdf } from './notes-pdf'
import { AGREEMENT_READERS, type RecordService } from './record-service'
import { verifyRoutes } from './verify-routes'
import { type ZipEntry, zip } from './zip'

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

const VersionQuery = z.object({
  version: z.string().min(1).max(100).optional(),
  agreement: z.string().min(1).max(100).optional(),
  /** `print`: the layout for wet signatures (signature blocks, initials on every page). */
  layout: z.enum(['print']).optional(),
})
/** `nl`: Dutch Excel (semicolons, decimal comma, BOM); `intl`: RFC 4180 as written. Default: the session's language. */
const TimeLogQuery = z.object({ format: z.enum(['nl', 'intl']).optional() })

/** Every record route; mounted once in the app's route list. */
export function recordRoutes(ctx: AppContext, record: RecordService): RouteDef[] {
  const agreementOf = async (session: SessionRecord, req: Request) => {
    const q = VersionQuery.safeParse(req.query)
    if (!q.success)
      throw new HttpError(400, 'version and agreement are ids; layout is print or left out', {
        code: 'BAD-INPUT',
        details: [{ path: String(q.error.issues[0]?.path[0] ?? 'version'), message: 'invalid' }],
      })
    return record.agreement(session, q.data.version, q.data.agreement)
  }
  /** What the notes export prints for `actor`: the notes and caucus documents they may read. */
  const notesInputFor = async (session: SessionRecord, actor: Caller) => ({
    sessionTitle: session.title,
    reader: actor.name,
    notes: await ctx.notes.list(session, actor),
    caucus: await record.caucusNotes(session, actor),
    sides: session.sides,
    language: session.language,
    exportedAt: ctx.now(),
    timeZone: record.timeZone,
  })
  const agreementRoute = (ext: string, summary: string, ok: string) =>
    ({
      method: 'get',
      path: `/api/sessions/:id/record/agreement.${ext}`,
      summary,
      access: { auth: 'session', roles: AGREEMENT_READERS },
      ok: { status: 200, description: ok },
      errors: [403, 404],
    }) as const
  return [
    route(ctx, {
      ...agreementRoute(
        'json',
        'Agreement export (locked version, else newest; ?version=<id>; ?agreement=<id>, default the newest agreement)',
        'AgreementRecord JSON',
      ),
      handler: async ({ session, req, res }) => {
        const rec = await agreementOf(session, req)
        sendExport(
          res,
          'application/json',
          fileName(session.title, 'agreement.json'),
          `${JSON.stringify(rec, null, 2)}\n`,
        )
      },
    }),
    route(ctx, {
      ...agreementRoute(
        'txt',
        'The exact canonical text of the version (what the hash and verification cover)',
        'text/plain',
      ),
      handler: async ({ session, req, res }) => {
        const rec = await agreementOf(session, req)
        sendExport(
          res,
          'text/plain; charset=utf-8',
          fileName(session.title, 'agreement.txt'),
          `${rec.version.text}\n`,
        )
      },
    }),
    route(ctx, {
      ...agreementRoute(
        'pdf',
        'Agreement on paper: A4, page X of Y, signature block, verification code; ?agreement=<id>; ?layout=print for wet signatures (signature blocks, initials on every page)',
        'application/pdf',
      ),
      handler: async ({ session, req, res }) => {
        const rec = await agreementOf(session, req)
        const print = req.query.layout === 'print'
        const pdf = await agreementPdf(rec, { timeZone: record.timeZone, print })
        const name = print ? 'agreement-print.pdf' : 'agreement.pdf'
        sendExport(res, 'application/pdf', fileName(session.title, name), pdf)
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/record/ending.pdf',
      summary:
        'The dated ending statement (PHASE-9): session, parties, mediator, date and outcome, no content; everyone in the session',
      access: { auth: 'session' },
      ok: { status: 200, description: 'application/pdf' },
      errors: [404, 409],
      handler: async ({ session, res }) => {
        const statement = await record.ending(session)
        const lang = session.language
        const pdf = await endingPdf(statement, lang, ctx.now())
        sendExport(res, 'application/pdf', fileName(session.title, 'ending.pdf'), pdf)
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/record/timelog.csv',
      summary:
        'Time log (joint and caucus time per side) as CSV; ?format=nl (Dutch Excel: ;, decimal comma, BOM) or intl (RFC 4180); mediator only',
      access: {
        auth: 'session',
        roles: {
          allow: ['mediator'],
          denied: () =>
            new HttpError(403, 'only the mediator may export the time log', { code: 'MEDIATOR-ONLY' }),
        },
      },
      ok: { status: 200, description: 'text/csv' },
      query: TimeLogQuery,
      errors: [400, 403, 404],
      handler: async ({ session, query, res }) => {
        const csv = await record.timeLogCsv(session, query.format)
        sendExport(
          res,
          'text/csv; charset=utf-8; header=present',
          fileName(session.title, 'timelog.csv'),
          csv,
        )
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/record/dossier.zip',
      summary:
        'The dossier in one ZIP (agreement PDF and JSON, both time logs, notes PDF and Markdown, intake answers without the safety screening, the time sheet with the claim fields, the ending statement once ended); recorded as exported (RETAIN-1); mediator only',
      access: { auth: 'session', roles: MEDIATOR_ONLY },
      ok: { status: 200, description: 'application/zip' },
      errors: [403, 404],
      handler: async ({ session, actor, res }) => {
        // Taken before the files are read: a change while they are made leaves the export stale, never newer.
        const print = await ctx.sessions.fingerprint(session)
        const agreement = await record.agreement(session)
        const notesInput = await notesInputFor(session, actor)
        const files: ZipEntry[] = [
          { name: 'agreement.pdf', data: await agreementPdf(agreement, { timeZone: record.timeZone }) },
          { name: 'agreement.json', data: json(agreement) },
          { name: 'timelog-nl.csv', data: await record.timeLogCsv(session, 'nl') },
          { name: 'timelog.csv', data: await record.timeLogCsv(session, 'intl') },
          { name: 'notes.pdf', data: await notesPdf(notesInput) },
          { name: 'notes.md', data: notesMarkdown(notesInput) },
          // The intake without the safety screening (SAFETY-2) and the time sheet with the claim fields.
          { name: 'intake.json', data: json(await intakeExport(ctx.prep.store, session)) },
          {
            name: 'timesheet.json',
            data: json(
              await timesheetExport(
                ctx.prep.store,
                ctx.rooms,
                session,
                record.mediatorOf(session),
                ctx.now(),
              ),
            ),
          },
        ]
        const ending = await record.ending(session).catch((e: unknown) => {
          if (e instanceof HttpError && e.code === 'SESSION-NOT-ENDED') return null
          throw e
        })
        if (ending)
          files.push({ name: 'ending.pdf', data: await endingPdf(ending, session.language, ctx.now()) })
        const body = zip(files, new Date(ctx.now()))
        await ctx.sessions.markExported(session, print)
        sendExport(res, 'application/zip', fileName(session.title, 'dossier.zip'), body)
      },
    }),
    ...(['md', 'pdf'] as const).map(
      (ext): RouteDef =>
        route(ctx, {
          method: 'get',
          path: `/api/sessions/:id/record/notes.${ext}`,
          summary: `The notes the caller may read, as ${ext === 'md' ? 'Markdown' : 'PDF'}`,
          access: { auth: 'session' },
          ok: { status: 200, description: ext === 'md' ? 'text/markdown' : 'application/pdf' },
          errors: [403, 404],
          handler: async ({ session, actor, res }) => {
            const input = await notesInputFor(session, actor)
            if (ext === 'md') {
              sendExport(
                res,
                'text/markdown; charset=utf-8',
                fileName(session.title, 'notes.md'),
                notesMarkdown(input),
              )
            } else {
              sendExport(res, 'application/pdf', fileName(session.title, 'notes.pdf'), await notesPdf(input))
            }
          },
        }),
    ),
    ...verifyRoutes(ctx, record),
  ]
}
