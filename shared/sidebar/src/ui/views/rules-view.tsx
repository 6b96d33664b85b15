import type { RuleItem, RulesView as Rules, RulesStatus } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'

export interface RulesViewProps {
  rules: Rules
  status: RulesStatus
  lang: Language
  t: Translate
  nameOf: (id: string) => string
  /** Set for the mediator. */
  onEdit?: ((items: RuleItem[]) => boolean) | undefined
  /** Set for the mediator: the same rules as a new version that everyone accepts again. */
  onAskAgain?: (() => void) | undefined
  /** Set for a party or adviser. */
  me?: { id: string; onAccept: () => void } | undefined
}

/** The ground rules: read and accept (parties), edit and follow acceptance (mediator). */
export function RulesView(p: RulesViewProps) {
  const [editing, setEditing] = useState<RuleItem[] | null>(null)
  const { t } = p
  const mine = p.me ? p.status.participants.find((x) => x.participantId === p.me?.id) : undefined
  if (editing && p.onEdit) return <RulesEditor items={editing} set={setEditing} onSave={p.onEdit} t={t} />
  return (
    <div class="panel">
      <Section
        id="rules"
        title={`${t('rules.heading')} · ${t('rules.version', { version: p.rules.version })}`}
      >
        <ol class="rules-list" data-testid="rules-list">
          {p.rules.items.map((r) => (
            <li key={r.id}>{r.text[p.lang]}</li>
          ))}
        </ol>
        {p.me ? (
          mine?.current ? (
            <Hint tone="ok">
              {t('rules.accepted', { version: mine.accepted?.version ?? p.rules.version })}
            </Hint>
          ) : (
            <>
              <Hint tone="warn">{t('rules.mustAccept')}</Hint>
              <Button kind="primary" onClick={p.me.onAccept} testId="accept-rules">
                {t('rules.accept')}
              </Button>
            </>
          )
        ) : null}
        {p.onEdit ? (
          <div class="row">
            <Button
              onClick={() => setEditing(p.rules.items.map((r) => ({ ...r, text: { ...r.text } })))}
              testId="edit-rules"
            >
              {t('rules.edit')}
            </Button>
          </div>
        ) : null}
        {p.onAskAgain ? <AskAgain onAsk={p.onAskAgain} next={p.rules.version + 1} t={t} /> : null}
      </Section>
      {p.onEdit ? <AcceptanceList status={p.status} nameOf={p.nameOf} t={t} /> : null}
    </div>
  )
}

/** RULES-6 with one confirming step: a stray click must not void everyone's acceptance. */
function AskAgain({ onAsk, next, t }: { onAsk: () => void; next: number; t: Translate }) {
  const [sure, setSure] = useState(false)
  if (!sure) {
    return (
      <div class="row">
        <Button onClick={() => setSure(true)} testId="ask-rules-again">
          {t('rules.askAgain')}
        </Button>
      </div>
    )
  }
  return (
    <div class="card" data-testid="ask-rules-confirm">
      <Hint tone="warn">{t('rules.askAgainConfirm', { version: next })}</Hint>
      <div class="row">
        <Button
          kind="primary"
          onClick={() => {
            onAsk()
            setSure(false)
          }}
          testId="confirm-ask-rules-again"
        >
          {t('rules.askAgainYes')}
        </Button>
        <Button kind="quiet" onClick={() => setSure(false)}>
          {t('rules.cancel')}
        </Button>
      </div>
    </div>
  )
}

function AcceptanceList({
  status,
  nameOf,
  t,
}: {
  status: RulesStatus
  nameOf: (id: string) => string
  t: Translate
}) {
  return (
    <Section id="rules-who" title={t('rules.who')}>
      <Hint tone={status.allAccepted ? 'ok' : 'warn'}>
        {status.allAccepted ? t('rules.allAccepted') : t('rules.pending', { n: status.pending.length })}
      </Hint>
      <ul class="list" data-testid="acceptances">
        {status.participants.map((x) => (
          <li key={x.participantId} class="row">
            <strong>{nameOf(x.participantId)}</strong>
            <span class={`badge ${x.current ? 'badge-ok' : 'badge-warn'}`}>
              {x.current
                ? t('rules.acceptedVersion', { version: x.accepted?.version ?? 0 })
                : x.accepted
                  ? t('rules.acceptedOld', { version: x.accepted.version })
                  : t('rules.notYet')}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )
}

function RulesEditor(p: {
  items: RuleItem[]
  set: (i: RuleItem[] | null) => void
  onSave: (i: RuleItem[]) => boolean
  t: Translate
}) {
  const { items, set, t } = p
  const update = (i: number, lang: Language, text: string) =>
    set(items.map((r, n) => (n === i ? { ...r, text: { ...r.text, [lang]: text } } : r)))
  return (
    <div class="panel">
      <Section id="rules-edit" title={t('rules.edit')}>
        {items.map((r, i) => (
          <div class="card" key={r.id}>
            <TextField
              label={t('rules.textNl', { n: i + 1 })}
              value={r.text.nl}
              multiline
              onInput={(v) => update(i, 'nl', v)}
            />
            <TextField
              label={t('rules.textEn', { n: i + 1 })}
              value={r.text.en}
              multiline
              onInput={(v) => update(i, 'en', v)}
            />
            <Button kind="danger" onClick={() => set(items.filter((_, n) => n !== i))}>
              {t('rules.remove', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div class="row">
          <Button
            onClick={() => set([...items, { id: `r${Date.now().toString(36)}`, text: { nl: '', en: '' } }])}
          >
            {t('rules.add')}
          </Button>
          <Button kind="primary" onClick={() => p.onSave(items) && set(null)} testId="save-rules">
            {t('rules.save')}
          </Button>
          <Button kind="quiet" onClick={() => set(null)}>
            {t('rules.cancel')}
          </Button>
        </div>
      </Section>
    </div>
  )
}
