import { Note, NoteBody } from '@mediation/protocol'
import type { Request } from 'express'
import { z } from 'zod'
import { HttpError } from '../../errors'
import { param } from '../auth'
import type { AppContext } from '../context'
import { type RouteDef, route } from '../route'

/** The `If-Match` revision (plain or quoted); 428 when missing, 400 when not a number. */
function ifMatch(req: Request): number {
  const raw = req.get('if-match')
  if (raw === undefined)
    throw new HttpError(428, 'send If-Match with the revision you edited', {
      code: 'IF-MATCH-REQUIRED',
    })
  const n = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim())
  if (!Number.isInteger(n) || n < 1)
    throw new HttpError(400, 'If-Match must be a revision number', {
      code: 'IF-MATCH-INVALID',
    })
  return n
}

const inSession = { auth: 'session' } as const

/** Notes, with visibility enforced on every read. */
export function noteRoutes(ctx: AppContext): RouteDef[] {
  return [
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/notes',
      summary: 'Notes the caller may read (mediator: all; party/adviser: joint and own side)',
      access: inSession,
      ok: { status: 200, description: 'Note[]', schema: z.array(Note) },
      handler: async ({ session, actor, res }) => {
        res.json(await ctx.notes.list(session, actor))
      },
    }),
    route(ctx, {
      method: 'post',
      path: '/api/sessions/:id/notes',
      summary: 'Create a note; on disk before the answer',
      access: inSession,
      body: NoteBody,
      ok: { status: 201, description: 'Note (ETag: revision)', schema: Note },
      handler: async ({ session, actor, body, res }) => {
        const note = await ctx.notes.create(session, actor, body)
        res.status(201).set('etag', `"${note.revision}"`).json(note)
      },
    }),
    route(ctx, {
      method: 'get',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Read one note',
      access: inSession,
      ok: { status: 200, description: 'Note (ETag: revision)', schema: Note },
      handler: async ({ session, actor, req, res }) => {
        const note = await ctx.notes.get(session, actor, param(req, 'noteId'))
        res.set('etag', `"${note.revision}"`).json(note)
      },
    }),
    route(ctx, {
      method: 'put',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Replace a note; needs If-Match with the current revision (stale → 409, missing → 428)',
      access: inSession,
      body: NoteBody,
      headers: ['If-Match'],
      ok: { status: 200, description: 'Note (ETag: revision)', schema: Note },
      errors: [409, 428],
      handler: async ({ session, actor, body, req, res }) => {
        const note = await ctx.notes.update(session, actor, param(req, 'noteId'), ifMatch(req), body)
        res.set('etag', `"${note.revision}"`).json(note)
      },
    }),
    route(ctx, {
      method: 'delete',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Delete a note; needs If-Match with the current revision',
      access: inSession,
      headers: ['If-Match'],
      ok: { status: 204, description: 'deleted' },
      errors: [409, 428],
      handler: async ({ session, actor, req, res }) => {
        await ctx.notes.remove(session, actor, param(req, 'noteId'), ifMatch(req))
        res.status(204).end()
      },
    }),
  ]
}
