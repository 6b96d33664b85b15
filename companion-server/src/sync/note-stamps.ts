/**
 * NOTES-2 on the server: after a note write, its new revision goes into `noteRevisions` of the one document every
 * reader of that note already syncs (`noteStampDoc`), with the server's origin. No text travels this way: a reader
 * that sees a stamp change fetches the notes over REST, where each read is checked (NOTES-1).
 */
import { noteStampDoc, noteStampsSchema, serverOrigin } from '@mediation/core/domain'
import type { Logger } from 'pino'
import type { NoteChange, NoteStamp } from '../services/notes'
import type { Rooms } from './rooms'

export function noteStamps(rooms: Rooms, logger: Logger): NoteStamp {
  return async (sessionId: string, by: string, changes: NoteChange[]) => {
    const byDoc = new Map<string, NoteChange[]>()
    for (const c of changes) {
      const doc = noteStampDoc(c.visibility)
      if (doc) byDoc.set(doc, [...(byDoc.get(doc) ?? []), c])
    }
    for (const [doc, list] of byDoc) {
      const name = `${sessionId}/${doc}`
      await rooms
        .withDocs([name], ([d]) => {
          const { noteRevisions } = noteStampsSchema(d!)
          d!.transact(() => {
            for (const c of list) {
              if (c.revision === null) noteRevisions.delete(c.noteId)
              else noteRevisions.set(c.noteId, c.revision)
            }
          }, serverOrigin(by))
        })
        .catch((err: unknown) => logger.error({ err, doc: name }, 'stamping a note change failed'))
    }
  }
}
