/**
 * The written, dated ending statement (PHASE-9): who, when and how the session ended, in neutral words and in the
 * session's language. Pure: plain records in, the statement's lines out (the server lays them out as a PDF).
 */
import type { EndingOutcome, Participant, SessionInfo, Side } from '../domain/types'
import { recordText } from './labels'
import { humanDate } from './time-format'

export interface EndingStatementInput {
  session: SessionInfo
  participants: readonly Participant[]
  sides: readonly Side[]
  ending: { outcome: EndingOutcome; note: string; at: number }
  issuedAt: number
  timeZone?: string
}

export interface EndingStatement {
  title: string
  sessionTitle: string
  /** Label and value rows: the parties by side, the mediator, the date of ending. */
  rows: { label: string; value: string }[]
  outcomeLabel: string
  outcome: string
  note: { label: string; text: string } | null
  confidential: string
  issued: string
}

/** PHASE-9: the statement of an ended session; names only parties and the mediator, never who ended early. */
export function endingStatement(input: EndingStatementInput): EndingStatement {
  const { session, ending, timeZone } = input
  const lang = session.language
  const t = recordText(lang)
  const names = (p: (x: Participant) => boolean) =>
    input.participants
      .filter(p)
      .map((x) => x.name)
      .join(', ')
  const parties = input.sides
    .map((side) => ({ side, who: names((p) => p.role === 'party' && p.sideId === side.id) }))
    .filter((s) => s.who)
    .map((s) => ({ label: `${t('side')} ${s.side.name}`, value: s.who }))
  const mediator = names((p) => p.role === 'mediator')
  const note = ending.note.trim()
  return {
    title: t('ending.title'),
    sessionTitle: session.title,
    rows: [
      { label: t('session'), value: session.title },
      ...(parties.length ? [{ label: t('parties'), value: '' }, ...parties] : []),
      { label: t('mediator'), value: mediator || '—' },
      { label: t('ending.endedOn'), value: humanDate(ending.at, lang, timeZone) },
    ],
    outcomeLabel: t('ending.outcome'),
    outcome: t(`ending.outcome.${ending.outcome}`, { what: t(`ending.what.${session.kind}`) }),
    note: note ? { label: t('ending.note'), text: note } : null,
    confidential: t('ending.confidential'),
    issued: t('ending.issued', { date: humanDate(input.issuedAt, lang, timeZone) }),
  }
}
