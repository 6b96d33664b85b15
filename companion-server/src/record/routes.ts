/** HTTP routes of the session record: agreement (JSON, text, PDF), time log CSV, notes export, verification. */

import { notesMarkdown } from '@mediation/core/record'
import type { Request } from 'express'
import { z } from 'zod'
import { HttpError } from '../errors'
import { param, sessionOf } from '../http/auth'
import type { AppContext } from '../http/context'
import type { RouteDef } from '../http/route'
import { agreementPdf } from './agreement-pdf'
import { fileName, sendExport } from './download'
import { notesPdf } from './notes-pdf'
import { type RecordService, requireAgreementReader } from './record-service'
import { verifyRoutes } from './verify-routes'

const VersionQuery = z.object({ version: z.string().min(1).max(100).optional() })

/** Every record route; mounted once in the app's route list. */
export function recordRoutes(ctx: AppContext, record: RecordService): RouteDef[] {
  const reader = (req: Request) => {
    const found = sessionOf(ctx, req, param(req, 'id'))
    requireAgreementReader(found.actor.role)
    return found
  }
  const agreementOf = async (req: Request) => {
    const { session } = reader(req)
    const q = VersionQuery.safeParse(req.query)
    if (!q.success)
      throw new HttpError(400, 'version must be a version id', {
        details: [{ path: 'version', message: 'invalid' }],
      })
    return { session, rec: await record.agreement(session, q.data.version) }
  }
  const agreementRoute = (ext: string, summary: string, ok: string): Omit<RouteDef, 'handler'> => ({
    method: 'get',
    path: `/api/sessions/:id/record/agreement.${ext}`,
    summary,
    auth: 'credential',
    ok: { status: 200, description: ok },
    errors: [403, 404],
  })
  return [
    {
      ...agreementRoute(
        'json',
        'Agreement export (locked version, else newest; ?version=<id>)',
        'AgreementRecord JSON',
      ),
      handler: async (req, res) => {
        const { session, rec } = await agreementOf(req)
        sendExport(
          res,
          'application/json',
          fileName(session.title, 'agreement.json'),
          `${JSON.stringify(rec, null, 2)}\n`,
        )
      },
    },
    {
      ...agreementRoute(
        'txt',
        'The exact canonical text of the version (what the hash and verification cover)',
        'text/plain',
      ),
      handler: async (req, res) => {
        const { session, rec } = await agreementOf(req)
        sendExport(
          res,
          'text/plain; charset=utf-8',
          fileName(session.title, 'agreement.txt'),
          `${rec.version.text}\n`,
        )
      },
    },
    {
      ...agreementRoute(
        'pdf',
        'Agreement on paper: A4, page X of Y, signature block, verification code',
        'application/pdf',
      ),
      handler: async (req, res) => {
        const { session, rec } = await agreementOf(req)
        const pdf = await agreementPdf(rec, { timeZone: record.timeZone })
        sendExport(res, 'application/pdf', fileName(session.title, 'agreement.pdf'), pdf)
      },
    },
    {
      method: 'get',
      path: '/api/sessions/:id/record/timelog.csv',
      summary: 'Time log (joint and caucus time per side) as RFC 4180 CSV; mediator only',
      auth: 'mediator',
      ok: { status: 200, description: 'text/csv' },
      errors: [403, 404],
      handler: async (req, res) => {
        const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
        if (actor.role !== 'mediator') throw new HttpError(403, 'only the mediator may export the time log')
        const csv = await record.timeLogCsv(session)
        sendExport(
          res,
          'text/csv; charset=utf-8; header=present',
          fileName(session.title, 'timelog.csv'),
          csv,
        )
      },
    },
    ...(['md', 'pdf'] as const).map(
      (ext): RouteDef => ({
        method: 'get',
        path: `/api/sessions/:id/record/notes.${ext}`,
        summary: `The notes the caller may read, as ${ext === 'md' ? 'Markdown' : 'PDF'}`,
        auth: 'credential',
        ok: { status: 200, description: ext === 'md' ? 'text/markdown' : 'application/pdf' },
        errors: [403, 404],
        handler: async (req, res) => {
          const { session, actor } = sessionOf(ctx, req, param(req, 'id'))
          const input = {
            sessionTitle: session.title,
            reader: actor.name,
            notes: await ctx.notes.list(session, actor),
            sides: session.sides,
            language: session.language,
            exportedAt: ctx.now(),
            timeZone: record.timeZone,
          }
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
