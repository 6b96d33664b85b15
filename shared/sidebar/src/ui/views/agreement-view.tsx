import type { AgreementVersion, DraftView, Participant, Side, VersionSignoffs } from '@mediation/core/domain'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { Hint, Section } from '../kit/section'
import {
  AgreementFields,
  type AgreementFieldsProps,
  AgreementHeader,
  kindTitle,
  StartAgreement,
} from './agreement-fields'
import { ClauseEditor } from './clause-editor'
import { VersionList, type VersionsProps } from './versions-view'

export interface AgreementViewProps
  extends Pick<
    AgreementFieldsProps,
    'agreements' | 'kinds' | 'reflectionKinds' | 'mediator' | 'onParticulars'
  > {
  draft: DraftView
  locked: boolean
  versions: AgreementVersion[]
  signoffs: VersionSignoffs[]
  changes: Map<string, 'new' | 'changed'>
  myId: string
  isMediator: boolean
  sides: Side[]
  participants: Participant[]
  lang: 'nl' | 'en'
  t: Translate
  onMarkSeen: () => void
  /** The mediator's editing callbacks; absent means read-only. */
  editor?:
    | {
        onAdd: (text: string) => void
        onEdit: (id: string, text: string) => void
        onMove: (id: string, to: number) => void
        onRemove: (id: string) => void
        onSaveVersion: (name: string) => void
      }
    | undefined
  onSign?: VersionsProps['onSign']
}

/** The agreement draft: edited live by the mediator, read live by everyone, with changes since last look. */
export function AgreementView(p: AgreementViewProps) {
  const { draft, t } = p
  const clauses = draft.clauses
  const fields: AgreementFieldsProps = {
    agreements: p.agreements,
    document: draft.document,
    locked: p.locked,
    kinds: p.kinds,
    reflectionKinds: p.reflectionKinds,
    myId: p.myId,
    sides: p.sides,
    participants: p.participants,
    t,
    mediator: p.mediator,
    onParticulars: p.onParticulars,
  }
  return (
    <div class="panel">
      <Section id="draft" title={kindTitle(fields)}>
        <AgreementHeader {...fields} />
        {p.locked ? <Hint tone="ok">{t('agreement.locked')}</Hint> : null}
        {!p.editor ? <Hint>{t('agreement.readOnly')}</Hint> : null}
        {p.changes.size > 0 && !p.editor ? (
          <div class="row">
            <Hint tone="warn">{t('agreement.changes', { n: p.changes.size })}</Hint>
            <Button onClick={p.onMarkSeen} testId="mark-seen">
              {t('agreement.markSeen')}
            </Button>
          </div>
        ) : null}
        {clauses.length === 0 ? <Hint>{t('agreement.empty')}</Hint> : null}
        <ol class="list" data-testid="clauses">
          {clauses.map((c, i) =>
            p.editor ? (
              <ClauseEditor
                key={c.id}
                clause={c}
                n={i + 1}
                count={clauses.length}
                locked={p.locked}
                t={t}
                onEdit={(text) => p.editor?.onEdit(c.id, text)}
                onMove={(to) => p.editor?.onMove(c.id, to)}
                onRemove={() => p.editor?.onRemove(c.id)}
              />
            ) : (
              <ReadClause key={c.id} n={i + 1} text={c.text} change={p.changes.get(c.id)} t={t} />
            ),
          )}
        </ol>
        {p.editor && !p.locked ? <AddClause t={t} onAdd={p.editor.onAdd} /> : null}
      </Section>
      <AgreementFields {...fields} />
      <Versions {...p} />
      <StartAgreement {...fields} />
    </div>
  )
}

function ReadClause(p: { n: number; text: string; change: 'new' | 'changed' | undefined; t: Translate }) {
  return (
    <li
      class={`card ${p.change ? `card-${p.change}` : ''}`}
      data-testid="clause"
      data-change={p.change ?? ''}
    >
      <span class="card-meta">
        {p.t('agreement.clause', { n: p.n })}
        {p.change ? ` · ${p.t(p.change === 'new' ? 'agreement.new' : 'agreement.changed')}` : ''}
      </span>
      <span data-testid="clause-text" class="clause-text">
        {p.text}
      </span>
    </li>
  )
}

function AddClause({ t, onAdd }: { t: Translate; onAdd: (text: string) => void }) {
  const [text, setText] = useState('')
  return (
    <div class="card">
      <TextField
        label={t('agreement.addClause')}
        value={text}
        multiline
        onInput={setText}
        testId="new-clause"
      />
      <Button
        kind="primary"
        testId="add-clause"
        onClick={() => {
          if (text.trim()) onAdd(text.trim())
          setText('')
        }}
      >
        {t('agreement.addClause')}
      </Button>
    </div>
  )
}

function Versions(p: AgreementViewProps) {
  const { t } = p
  const [name, setName] = useState('')
  return (
    <Section id="versions" title={t('agreement.versions')}>
      {p.versions.length === 0 ? <Hint>{t('agreement.noVersions')}</Hint> : null}
      <VersionList
        versions={p.versions}
        signoffs={p.signoffs}
        draftHash={p.draft.hash}
        locked={p.locked}
        myId={p.myId}
        isMediator={p.isMediator}
        sides={p.sides}
        participants={p.participants}
        lang={p.lang}
        t={t}
        onSign={p.onSign}
      />
      {p.editor && !p.locked ? (
        <div class="row">
          <TextField
            label={t('agreement.versionName')}
            value={name}
            onInput={setName}
            testId="version-name"
          />
          <Button
            testId="save-version"
            onClick={() => {
              if (name.trim()) p.editor?.onSaveVersion(name.trim())
              setName('')
            }}
          >
            {t('agreement.saveVersion')}
          </Button>
        </div>
      ) : null}
    </Section>
  )
}
