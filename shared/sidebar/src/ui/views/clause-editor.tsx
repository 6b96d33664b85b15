import type { ClauseView } from '@mediation/core/domain'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'

const COMMIT_MS = 800

export interface ClauseEditorProps {
  clause: ClauseView
  n: number
  count: number
  locked: boolean
  t: Translate
  onEdit: (text: string) => void
  onMove: (to: number) => void
  onRemove: () => void
}

/**
 * One clause in the mediator's editor. Typing is committed to the document shortly after a pause and on
 * blur (each commit is one edit mark that voids sign-offs, so not one per keystroke); a remote change shows
 * up unless the mediator is mid-edit of this clause.
 */
export function ClauseEditor(p: ClauseEditorProps) {
  const { clause, t, n } = p
  const [text, setText] = useState(clause.text)
  const dirty = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    if (!dirty.current) setText(clause.text)
  }, [clause.text])
  useEffect(() => () => clearTimeout(timer.current), [])
  const commit = () => {
    clearTimeout(timer.current)
    if (dirty.current && text !== clause.text) p.onEdit(text)
    dirty.current = false
  }
  const onInput = (v: string) => {
    setText(v)
    dirty.current = true
    clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      if (v !== clause.text) p.onEdit(v)
      dirty.current = false
    }, COMMIT_MS)
  }
  return (
    <li class="card" data-testid="clause">
      <TextField
        label={t('agreement.clause', { n })}
        value={text}
        multiline
        readOnly={p.locked}
        onInput={onInput}
        onBlur={commit}
        testId="clause-text"
      />
      {p.locked ? null : (
        <div class="row">
          <Button
            kind="quiet"
            disabled={n === 1}
            onClick={() => p.onMove(n - 2)}
            label={t('agreement.up', { n })}
          >
            ↑
          </Button>
          <Button
            kind="quiet"
            disabled={n === p.count}
            onClick={() => p.onMove(n)}
            label={t('agreement.down', { n })}
          >
            ↓
          </Button>
          <Button kind="danger" onClick={p.onRemove}>
            {t('agreement.remove', { n })}
          </Button>
        </div>
      )}
    </li>
  )
}
