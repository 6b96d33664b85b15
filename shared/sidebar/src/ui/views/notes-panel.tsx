/**
 * The Notes tab's wiring, in the lazily loaded chunk with its model, merge and words: one note per visibility this
 * reader may read, a field where they may write it (NOTES-1/4), live as the documents say a note changed (NOTES-2).
 */
import { noteAccess } from '@mediation/core/domain'
import { textIn } from '@mediation/core/i18n'
import type { NoteVisibility } from '@mediation/protocol'
import type { Translate } from '../i18n/i18n'
import type { SessionModel } from '../models/session-model'
import { NotesView } from './notes-view'
import { coachingEn, coachingNl, en, nl } from './notes-words'

export function NotesPanel({ m, t }: { m: SessionModel; t: Translate }) {
  const coaching = m.kind.value === 'coaching'
  const w = textIn(m.lang.value, {
    en: coaching ? { ...en, ...coachingEn } : en,
    nl: coaching ? { ...nl, ...coachingNl } : nl,
  })
  const notes = m.notes.value
  if (!notes) return <p class="hint hint-muted">{w('loading')}</p>
  const actor = m.actor.value
  const sides = m.control.sides.value
  const visibilities: NoteVisibility[] = [
    'mediator' as const,
    ...sides.map((s) => `side:${s.id}` as const),
    'joint' as const,
  ].filter((v) => noteAccess(v, actor) !== 'none')
  // A party reads its side's note first, then the joint one; the mediator their own first.
  const order = m.isMediator ? visibilities : [...visibilities.filter((v) => v !== 'joint'), 'joint' as const]
  const slots = order
    .filter((v) => visibilities.includes(v))
    .map((v) => {
      const d = notes.draft(v)
      return {
        visibility: v,
        text: d.text.value,
        state: d.state.value,
        writable: noteAccess(v, actor) === 'write',
        status: d.status.value,
        code: d.code.value,
        theirs: d.theirs.value,
      }
    })
  return (
    <NotesView
      slots={slots}
      sides={sides}
      t={t}
      w={w}
      onEdit={notes.edit}
      onBlur={notes.flush}
      onResolve={notes.resolve}
    />
  )
}
