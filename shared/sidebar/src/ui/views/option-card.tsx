import type {
  BoardPhase,
  OptionStatus,
  OptionView,
  OverlapEntry,
  Participant,
  Rating,
  Side,
  StatusStep,
} from '@mediation/core/domain'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { Select, TextField } from '../kit/fields'
import type { BoardWords } from './board-words'
import { OverlapBadge, RatingInput, SideRatings } from './option-ratings'

export interface OptionCardProps {
  option: OptionView
  phase: BoardPhase
  sides: Side[]
  t: Translate
  /** This person may rewrite this option (the mediator; a party its side's own during brainstorm). */
  canEdit: boolean
  /** The option is this party's side's own (shown to that side only: the board names no author). */
  mine?: boolean | undefined
  /** BOARD-UI-1: "proposed by …", for the mediator only. */
  proposer?: string | null | undefined
  overlap?: OverlapEntry | undefined
  /** Names advisers beside their side's ratings (RATE-3). */
  participants: Participant[]
  /** BOARD-17: the status steps this person may take (the mediator's control); titles name reopened partners. */
  steps?: StatusStep[] | undefined
  titleOf: (optionId: string) => string
  myRating?: Rating | null | undefined
  selected?: boolean | undefined
  onSelect?: ((on: boolean) => void) | undefined
  onEdit: (p: { title: string; description: string }) => Promise<boolean>
  /** A party withdraws its side's own option (BOARD-4). */
  onWithdraw?: (() => unknown) | undefined
  onStatus?: ((s: OptionStatus) => void) | undefined
  onInterest?: ((sideId: string, text: string) => unknown) | undefined
  /** Sides whose interest this person may state. */
  interestSides: string[]
  onRate?: ((r: Rating | null) => void) | undefined
  /** The board's own words (the clause link's). */
  w: BoardWords
  /** SIGN-13: the number of the clause of the current agreement that links this option, if one does. */
  clauseNumber?: number | null | undefined
  /** Shows that clause in the agreement tab. */
  onShowClause?: (() => void) | undefined
  /** SIGN-13: the mediator makes this agreed option a clause (offered while no clause links it). */
  onMakeClause?: (() => unknown) | undefined
}

/** One option: its text (always rendered as text), status, interests, overlap or my private rating. */
export function OptionCard(p: OptionCardProps) {
  const { option: o, t } = p
  const [edit, setEdit] = useState<{ title: string; description: string } | null>(null)
  if (edit) {
    return (
      <li class="card" data-testid="option-editor">
        <TextField
          label={t('board.optionTitle')}
          value={edit.title}
          onInput={(title) => setEdit({ ...edit, title })}
          testId="option-edit-title"
        />
        <TextField
          label={t('board.optionDescription')}
          value={edit.description}
          multiline
          onInput={(description) => setEdit({ ...edit, description })}
        />
        <div class="row">
          <Button
            kind="primary"
            onClick={() => void p.onEdit(edit).then((ok) => ok && setEdit(null))}
            testId="save-option"
          >
            {t('board.save')}
          </Button>
          <Button kind="quiet" onClick={() => setEdit(null)}>
            {t('board.cancel')}
          </Button>
        </div>
      </li>
    )
  }
  return (
    <li class="card" data-testid="option">
      <div class="row">
        {p.onSelect ? (
          <input
            type="checkbox"
            aria-label={t('board.select', { title: o.title })}
            checked={p.selected}
            onChange={(e) => p.onSelect?.((e.currentTarget as HTMLInputElement).checked)}
          />
        ) : null}
        <span class="card-title" data-testid="option-title">
          {o.title}
        </span>
        <span class="badge" data-testid="option-status">
          {t(`status.${o.status}`)}
        </span>
        {p.mine ? (
          <span class="badge badge-ok" data-testid="own-idea">
            {t('board.ownIdea')}
          </span>
        ) : null}
        {p.overlap && p.phase === 'evaluate' ? (
          <OverlapBadge overlap={p.overlap} sides={p.sides} t={t} />
        ) : null}
      </div>
      {p.proposer ? (
        <span class="card-meta proposer" data-testid="proposed-by">
          {p.proposer}
        </span>
      ) : null}
      {o.description ? <p class="card-meta">{o.description}</p> : null}
      {p.overlap && p.phase === 'evaluate' ? (
        <SideRatings overlap={p.overlap} sides={p.sides} participants={p.participants} t={t} />
      ) : null}
      <Interests option={o} sides={p.sides} t={t} editable={p.interestSides} onInterest={p.onInterest} />
      {p.onStatus && p.steps && p.steps.length > 0 ? (
        <StatusControl status={o.status} steps={p.steps} titleOf={p.titleOf} onStatus={p.onStatus} t={t} />
      ) : null}
      <ClauseLink p={p} />
      {p.onRate && p.phase === 'evaluate' ? (
        <RatingInput optionId={o.id} value={p.myRating ?? null} onRate={p.onRate} t={t} />
      ) : null}
      {p.canEdit || p.onWithdraw ? (
        <div class="row">
          {p.canEdit ? (
            <Button
              kind="quiet"
              onClick={() => setEdit({ title: o.title, description: o.description })}
              testId="edit-option"
            >
              {t('board.edit')}
            </Button>
          ) : null}
          {p.onWithdraw ? (
            <Button
              kind="quiet"
              onClick={() => void p.onWithdraw?.()}
              testId="withdraw-option"
              label={t('board.withdrawLabel', { title: o.title })}
            >
              {t('board.withdraw')}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  )
}

/** SIGN-13: "in the agreement as clause n" with a way there, or the mediator's one click to make the clause. */
function ClauseLink({ p }: { p: OptionCardProps }) {
  const { w } = p
  const n = p.clauseNumber
  if (n) {
    return (
      <div class="row" data-testid="option-clause">
        <span class="badge badge-ok">{w('inAgreement', { n })}</span>
        {p.onShowClause ? (
          <Button
            kind="quiet"
            onClick={p.onShowClause}
            testId="show-clause"
            label={w('showClauseLabel', { n })}
          >
            {w('showClause')}
          </Button>
        ) : null}
      </div>
    )
  }
  if (!p.onMakeClause || p.option.status !== 'agreed') return null
  return (
    <div class="row">
      <Button
        onClick={() => void p.onMakeClause?.()}
        testId="make-clause"
        label={w('makeClauseLabel', { title: p.option.title })}
      >
        {w('makeClause')}
      </Button>
    </div>
  )
}

function Interests(p: {
  option: OptionView
  sides: Side[]
  t: Translate
  /** Sides whose interest this person may state (the mediator: all; a party: their own). */
  editable: string[]
  onInterest?: ((sideId: string, text: string) => void) | undefined
}) {
  const { option, sides, t } = p
  const canEdit = (id: string) => Boolean(p.onInterest) && p.editable.includes(id)
  const shown = sides.filter((s) => option.interests[s.id] || canEdit(s.id))
  if (shown.length === 0) return null
  return (
    <details open={!p.onInterest && shown.length > 0 ? true : undefined}>
      <summary>{t('board.interests')}</summary>
      {shown.map((s) =>
        canEdit(s.id) ? (
          <InterestField
            key={s.id}
            label={t('board.interestOf', { side: s.name })}
            value={option.interests[s.id] ?? ''}
            onCommit={(v) => p.onInterest?.(s.id, v)}
          />
        ) : (
          <p
            key={s.id}
            class="card-meta"
          >{`${t('board.interestOf', { side: s.name })}: ${option.interests[s.id]}`}</p>
        ),
      )}
    </details>
  )
}
/** An interest is sent when the field is left or Enter is pressed: one command per statement, not per key. */
function InterestField(p: { label: string; value: string; onCommit: (text: string) => unknown }) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft !== p.value) void p.onCommit(draft)
    setDraft(null)
  }
  return (
    <TextField label={p.label} value={draft ?? p.value} onInput={setDraft} onBlur={commit} onEnter={commit} />
  )
}

/** BOARD-17: only the allowed steps, each saying which agreed package partners it would reopen (BOARD-7). */
function StatusControl(p: {
  status: OptionStatus
  steps: StatusStep[]
  titleOf: (id: string) => string
  onStatus: (s: OptionStatus) => void
  t: Translate
}) {
  const { t } = p
  const label = (st: StatusStep) =>
    st.reopens.length === 0
      ? t(`status.${st.to}`)
      : t('board.stepReopens', { status: t(`status.${st.to}`), titles: st.reopens.map(p.titleOf).join(', ') })
  return (
    <Select<OptionStatus>
      label={t('board.status')}
      value={p.status}
      onChange={(s) => s !== p.status && p.onStatus(s)}
      testId="status-select"
      options={[
        { value: p.status, label: t(`status.${p.status}`) },
        ...p.steps.map((st) => ({ value: st.to, label: label(st) })),
      ]}
    />
  )
}
