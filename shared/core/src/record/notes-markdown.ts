/**
 * Session notes as Markdown. The caller passes only the notes the reader may read (the server filters by
 * visibility); this module only renders. Note bodies are the participants' own text and stay as written, inside
 * a fence, so a body can never add a heading or a visibility line ("mediator only") of its own.
 */
import type { Language, Side } from '../domain/types'
import { recordText } from './labels'
import { DEFAULT_TIME_ZONE, humanDateTime } from './time-format'

/** The fields of a session note (the wire's `Note`) that the export prints; the core knows no wire types. */
export interface RecordNote {
  id: string
  visibility: 'mediator' | 'joint' | `side:${string}`
  title: string
  body: string
  createdAt: string
  updatedAt: string
}

/** One side's caucus document as the export prints it: the shared notes and the points noted there. */
export interface RecordCaucus {
  /** The side's id, or a shared room's key (its sides' ids sorted, joined by '+'; CAUCUS-13). */
  sideId: string
  notes: string
  points: readonly { text: string; at: number; mayShare: boolean }[]
}

export interface NotesExportInput {
  sessionTitle: string
  /** Who the export is for (shown in the header), e.g. "Anna (party, side Jansen)". */
  reader: string
  notes: readonly RecordNote[]
  /** The caucus documents the reader may read (the mediator: every side's; a side member: its own side's). */
  caucus?: readonly RecordCaucus[]
  sides: readonly Side[]
  language: Language
  exportedAt: number
  timeZone?: string
}

/** A one-line label for a note's visibility in the reader's language. */
export function visibilityLabel(
  visibility: RecordNote['visibility'],
  sides: readonly Side[],
  language: Language,
): string {
  const t = recordText(language)
  if (visibility === 'mediator') return t('notes.visibility.mediator')
  if (visibility === 'joint') return t('notes.visibility.joint')
  return t('notes.visibility.side', { name: caucusName(visibility.slice('side:'.length), sides) })
}

/** A side's name, or a shared caucus room's sides' names joined by ' + ' (CAUCUS-13: `caucus/<a+b>`). */
export function caucusName(key: string, sides: readonly Side[]): string {
  return key
    .split('+')
    .map((id) => sides.find((s) => s.id === id)?.name ?? id)
    .join(' + ')
}

/** Keeps a title on one line and stops it from being read as Markdown syntax. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]<>#|!])/g, '\\$1')
    .trim()
}

/** The body verbatim in a `~` fence longer than any `~` run in it: nothing inside is read as Markdown. */
function fenced(body: string): string {
  const longest = Math.max(0, ...[...body.matchAll(/~+/g)].map((m) => m[0].length))
  const fence = '~'.repeat(Math.max(3, longest + 1))
  return `${fence}text\n${body}\n${fence}`
}

/** Notes in creation order, oldest first, as a Markdown document. */
export function notesMarkdown(input: NotesExportInput): string {
  const { language, timeZone = DEFAULT_TIME_ZONE } = input
  const t = recordText(language)
  const lines = [
    `# ${inline(t('notes.title'))} — ${inline(input.sessionTitle)}`,
    '',
    `${t('notes.exportedFor')}: ${inline(input.reader)} · ${humanDateTime(input.exportedAt, language, timeZone)}`,
    '',
  ]
  const notes = [...input.notes].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  if (notes.length === 0) lines.push(`_${t('notes.none')}_`, '')
  for (const note of notes) {
    const when = humanDateTime(Date.parse(note.updatedAt), language, timeZone)
    lines.push(`## ${inline(note.title) || '—'}`, '')
    lines.push(
      `_${visibilityLabel(note.visibility, input.sides, language)} · ${t('notes.updated')} ${when}_`,
      '',
    )
    lines.push(fenced(note.body.replace(/\r\n?/g, '\n').trimEnd()), '')
  }
  for (const c of caucusWithContent(input.caucus)) {
    lines.push(`## ${inline(t('notes.caucus', { name: caucusName(c.sideId, input.sides) }))}`, '')
    lines.push(`_${visibilityLabel(`side:${c.sideId}`, input.sides, language)}_`, '')
    if (c.notes.trim()) lines.push(fenced(c.notes.replace(/\r\n?/g, '\n').trimEnd()), '')
    for (const point of c.points) {
      const when = humanDateTime(point.at, language, timeZone)
      const share = t(point.mayShare ? 'notes.mayShare' : 'notes.confidential')
      lines.push(`- ${when} · ${share}: ${inline(point.text)}`)
    }
    if (c.points.length > 0) lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** The caucus documents that hold anything, in the sides' order as given. */
export function caucusWithContent(caucus: readonly RecordCaucus[] = []): RecordCaucus[] {
  return caucus.filter((c) => c.notes.trim() !== '' || c.points.length > 0)
}
