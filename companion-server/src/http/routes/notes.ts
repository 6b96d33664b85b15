import type { Request } from 'express'
import { HttpError } from '../../errors'
import { param, sessionOf } from '../auth'
import type { AppContext } from '../context'
import type { RouteDef } from '../route'
import { CommandBody, NoteBody } from '../schemas'
import { parse } from '../validate'

/** The `If-Match` revision (plain or quoted); 428 when missing, 400 when not a number. */
function ifMatch(req: Request): number {
  const raw = req.get('if-match')
  if (raw === undefined) throw new HttpError(428, 'send If-Match with the revision you edited')
  const n = Number(raw.replace(/^W\//, '').replace(/"/g, '').trim())
  if (!Number.isInteger(n) || n < 1) throw new HttpError(400, 'If-Match must be a revision number')
  return n
}

/** Notes (visibility enforced on every read) and party commands. */
export function noteRoutes(ctx: AppContext): RouteDef[] {
  const at = (req: Request) => sessionOf(ctx, req, param(req, 'id'))
  return [
    {
      method: 'get',
      path: '/api/sessions/:id/notes',
      summary: 'Notes the caller may read (mediator: all; party/adviser: joint and own side)',
      auth: 'credential',
      ok: { status: 200, description: 'Note[]' },
      handler: async (req, res) => {
        const { session, actor } = at(req)
        res.json(await ctx.notes.list(session, actor))
      },
    },
    {
      method: 'post',
      path: '/api/sessions/:id/notes',
      summary: 'Create a note; on disk before the answer',
      auth: 'credential',
      body: NoteBody,
      ok: { status: 201, description: 'Note (ETag: revision)' },
      handler: async (req, res) => {
        const { session, actor } = at(req)
        const note = await ctx.notes.create(session, actor, parse(NoteBody, req.body))
        res.status(201).set('etag', `"${note.revision}"`).json(note)
      },
    },
    {
      method: 'get',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Read one note',
      auth: 'credential',
      ok: { status: 200, description: 'Note (ETag: revision)' },
      handler: async (req, res) => {
        const { session, actor } = at(req)
        const note = await ctx.notes.get(session, actor, param(req, 'noteId'))
        res.set('etag', `"${note.revision}"`).json(note)
      },
    },
    {
      method: 'put',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Replace a note; needs If-Match with the current revision (stale → 409, missing → 428)',
      auth: 'credential',
      body: NoteBody,
      headers: ['If-Match'],
      ok: { status: 200, description: 'Note (ETag: revision)' },
      errors: [409, 428],
      handler: async (req, res) => {
        const { session, actor } = at(req)
        const input = parse(NoteBody, req.body)
        const note = await ctx.notes.update(session, actor, param(req, 'noteId'), ifMatch(req), input)
        res.set('etag', `"${note.revision}"`).json(note)
      },
    },
    {
      method: 'delete',
      path: '/api/sessions/:id/notes/:noteId',
      summary: 'Delete a note; needs If-Match with the current revision',
      auth: 'credential',
      headers: ['If-Match'],
      ok: { status: 204, description: 'deleted' },
      errors: [409, 428],
      handler: async (req, res) => {
        const { session, actor } = at(req)
        await ctx.notes.remove(session, actor, param(req, 'noteId'), ifMatch(req))
        res.status(204).end()
      },
    },
    {
      method: 'post',
      path: '/api/sessions/:id/commands',
      summary:
        'Apply a PartyCommand (raise hand, accept rules, sign…) with the server clock; rule conflict → 409',
      auth: 'credential',
      body: CommandBody,
      ok: { status: 200, description: '{ok: true}' },
      errors: [409],
      handler: async (req, res) => {
        const { session, actor } = at(req)
        await ctx.commands.apply(session, actor, req.body)
        res.json({ ok: true })
      },
    },
  ]
}
