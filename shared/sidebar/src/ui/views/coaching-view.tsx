/** COACH-3/4: the coaching plan — goals, action points with due dates, tips — as the coach writes it and the client reads and ticks it. */
import type { CoachingItem, CoachingItemKind } from '@mediation/core/coaching'
import type { Language } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import type { MessageKey, Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'
import { dueDate } from './due-date'

export interface CoachingViewProps {
  items: CoachingItem[]
  lang: Language
  t: Translate
  /** The coach: adds and removes items. */
  coach?: {
    onAdd: (kind: CoachingItemKind, text: string, due: string | null) => boolean
    onRemove: (id: string) => void
  }
  /** Ticks an action point off or on (the client, and the coach). */
  onTick: (id: string, done: boolean) => void
}

const SECTIONS: { kind: CoachingItemKind; title: MessageKey; none: MessageKey; add: MessageKey }[] = [
  { kind: 'goal', title: 'plan.goals', none: 'plan.noGoals', add: 'plan.addGoal' },
  { kind: 'action', title: 'plan.actions', none: 'plan.noActions', add: 'plan.addAction' },
  { kind: 'tip', title: 'plan.tips', none: 'plan.noTips', add: 'plan.addTip' },
]

/** The plan in three sections; the coach gets an add form under each. */
export function CoachingView({ items, lang, t, coach, onTick }: CoachingViewProps) {
  return (
    <div class="panel" data-testid="coaching">
      {coach ? null : <Hint>{t('plan.readOnly')}</Hint>}
      {SECTIONS.map((s) => {
        const mine = items.filter((i) => i.kind === s.kind)
        return (
          <Section key={s.kind} id={`plan-${s.kind}`} title={t(s.title)}>
            {mine.length === 0 ? <Hint>{t(s.none)}</Hint> : null}
            <ul class="list" data-testid={`plan-${s.kind}`}>
              {mine.map((i) => (
                <li key={i.id} class="card" data-testid="plan-item">
                  {i.kind === 'action' ? (
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={i.done}
                        aria-label={t('plan.done', { text: i.text })}
                        data-testid="plan-tick"
                        onChange={(e) => onTick(i.id, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <span>{i.text}</span>
                    </label>
                  ) : (
                    <span>{i.text}</span>
                  )}
                  {i.due ? (
                    <span class="hint"> {t('plan.dueOn', { date: dueDate(i.due, lang) })}</span>
                  ) : null}
                  {coach ? (
                    <Button
                      kind="quiet"
                      onClick={() => coach.onRemove(i.id)}
                      label={t('plan.remove', { text: i.text })}
                    >
                      ×
                    </Button>
                  ) : null}
                </li>
              ))}
            </ul>
            {coach ? <AddItem kind={s.kind} label={t(s.add)} t={t} onAdd={coach.onAdd} /> : null}
          </Section>
        )
      })}
    </div>
  )
}

function AddItem(p: {
  kind: CoachingItemKind
  label: string
  t: Translate
  onAdd: (kind: CoachingItemKind, text: string, due: string | null) => boolean
}) {
  const [text, setText] = useState('')
  const [due, setDue] = useState('')
  const add = () => {
    if (!text.trim()) return
    if (p.onAdd(p.kind, text.trim(), due || null)) {
      setText('')
      setDue('')
    }
  }
  return (
    <div class="card" data-testid={`plan-add-${p.kind}`}>
      <TextField
        label={p.label}
        value={text}
        onInput={setText}
        onEnter={add}
        testId={`plan-text-${p.kind}`}
      />
      {p.kind === 'action' ? (
        <div class="field">
          <label>
            {p.t('plan.due')}
            <input
              type="date"
              value={due}
              data-testid="plan-due"
              onInput={(e) => setDue((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        </div>
      ) : null}
      <Button onClick={add} testId={`plan-submit-${p.kind}`}>
        {p.t('plan.add')}
      </Button>
    </div>
  )
}
