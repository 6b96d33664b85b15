import type { BoardView as Board, BoardCommand } from '@mediation/core/domain'
import { useEffect, useState } from 'preact/hooks'
import type { QueuedCommand } from '../../client/outbox'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { Hint } from '../kit/section'
import type { OutboxModel } from '../models/outbox-model'
import type { BoardWords } from './board-words'

export interface OutboxListProps {
  outbox: OutboxModel
  board: Board
  t: Translate
  w: BoardWords
  /** A refusal in the page's own sentences for its code (ERR-3), never the server's English. */
  reason: (refused: NonNullable<QueuedCommand['refused']>) => string
}

/**
 * BOARD-UI-2: what this party did while the connection was down, waiting to be sent in order; a command the server
 * refused after the reconnect says why, in words, with its text to edit and send again, or to discard.
 */
export function OutboxList(p: OutboxListProps) {
  const box = p.outbox.box
  const [{ queued, full }, setState] = useState({ queued: box.list(), full: box.full() })
  useEffect(() => {
    const read = () => setState({ queued: box.list(), full: box.full() })
    read()
    return box.subscribe(read)
  }, [box])
  if (queued.length === 0 && !full) return null
  const waiting = queued.some((q) => !q.refused)
  return (
    <div data-testid="outbox">
      <ul class="list">
        {queued.map((q) =>
          q.refused ? (
            <RefusedItem key={q.key} q={q} {...p} />
          ) : (
            <li key={q.key} class="card" data-testid="outbox-item">
              <div class="row">
                <span class="card-title">{summary(q.command, p.board, p.w)}</span>
                <span class="badge badge-warn" data-testid="outbox-waiting">
                  {p.w('waiting')}
                </span>
              </div>
            </li>
          ),
        )}
      </ul>
      {waiting ? <Hint>{p.w('waitingHint')}</Hint> : null}
      {full ? <Hint tone="warn">{p.w('outboxFull')}</Hint> : null}
    </div>
  )
}

/** One line naming what a kept command does (its own title, or the title of the option it changes). */
function summary(c: BoardCommand, board: Board, w: BoardWords): string {
  const titleOf = (id: string) =>
    board.options.find((o) => o.id === id)?.title ?? board.points.find((pt) => pt.id === id)?.title ?? ''
  if (c.type === 'addIdea' || c.type === 'addPoint') return w(`queued.${c.type}`, { title: c.title })
  if (c.type === 'editIdea' || c.type === 'editPoint')
    return w(`queued.${c.type}`, { title: c.title ?? titleOf(c.id) })
  if (c.type === 'setInterests') return w('queued.setInterests', { text: c.text })
  return w('queued.withdrawIdea', { title: titleOf(c.id) })
}

/** The texts of a command a person may edit before sending it again. */
type Texts = { title?: string; description?: string; text?: string }

function textsOf(c: BoardCommand): Texts {
  if (c.type === 'setInterests') return { text: c.text }
  if (c.type === 'withdrawIdea') return {}
  return {
    ...(c.title !== undefined ? { title: c.title } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
  }
}

function RefusedItem(p: OutboxListProps & { q: QueuedCommand }) {
  const { q, t, w } = p
  const [texts, setTexts] = useState<Texts>(() => textsOf(q.command))
  const edited = { ...q.command, ...texts } as BoardCommand
  return (
    <li class="card" data-testid="outbox-refused">
      <p class="hint hint-warn" role="alert">
        {w('refused', { reason: p.reason(q.refused!) })}
      </p>
      {texts.title !== undefined ? (
        <TextField
          label={t(q.command.type.endsWith('Point') ? 'board.pointTitle' : 'board.optionTitle')}
          value={texts.title}
          onInput={(title) => setTexts({ ...texts, title })}
          testId="outbox-title"
        />
      ) : null}
      {texts.description !== undefined ? (
        <TextField
          label={t('board.optionDescription')}
          value={texts.description}
          multiline
          onInput={(description) => setTexts({ ...texts, description })}
        />
      ) : null}
      {texts.text !== undefined ? (
        <TextField
          label={t('board.interests')}
          value={texts.text}
          onInput={(text) => setTexts({ ...texts, text })}
        />
      ) : null}
      <div class="row">
        <Button kind="primary" onClick={() => p.outbox.box.resend(q.key, edited)} testId="outbox-resend">
          {w('sendAgain')}
        </Button>
        <Button kind="quiet" onClick={() => p.outbox.box.discard(q.key)} testId="outbox-discard">
          {w('discard')}
        </Button>
      </div>
    </li>
  )
}
