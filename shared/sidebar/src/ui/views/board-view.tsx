import type {
  AuthorRecord,
  BoardView as Board,
  BoardPhase,
  ItemKind,
  OptionStatus,
  Participant,
  Rating,
  Ratings,
  Side,
  StatusStep,
} from '@mediation/core/domain'
import { ratingOverlap } from '@mediation/core/queries'
import type { Language } from '@mediation/protocol'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { Select, TextField } from '../kit/fields'
import { OneLineForm } from '../kit/one-line-form'
import { Hint, Section } from '../kit/section'
import type { OwnItems } from '../models/board-model'
import type { OutboxModel } from '../models/outbox-model'
import { type BoardWords, boardWords } from './board-words'
import { OptionCard } from './option-card'
import { OutboxList } from './outbox-list'
import { type PointEdit, PointsSection } from './points-section'

export interface BoardViewProps {
  board: Board
  sides: Side[]
  t: Translate
  lang: Language
  isMediator: boolean
  /** A party's or adviser's own side (they state interests for it); null for the mediator. */
  mySideId: string | null
  /** Parties may add and edit during brainstorm (BOARD-13); the mediator always. */
  canEdit: boolean
  /** A party's side's own items (BOARD-14): the only ones it may edit or withdraw; null for the mediator. */
  own: OwnItems | null
  /** BOARD-UI-1: who proposed a party's item (the mediator's ledger); null for everyone else. */
  authorOf: ((kind: ItemKind, id: string) => AuthorRecord | null) | null
  /** Everyone's ratings by participant (the mediator's, for the overlap: RATE-2/3); null for everyone else. */
  ratingsOf: Map<string, Ratings> | null
  /** BOARD-17: the mediator's allowed status steps per option; null for everyone else. */
  steps: Map<string, StatusStep[]> | null
  participants: Participant[]
  myRatings: Ratings | null
  /** BOARD-UI-2: this party's commands waiting for the connection, or refused after it came back. */
  outbox: OutboxModel | null
  /** A kept command's refusal in words (the page's refusal sentences). */
  reason: (refused: { status: number; code?: string }) => string
  onPhase: (p: BoardPhase) => void
  onAddPoint: (title: string) => unknown
  onEditPoint: (id: string, p: PointEdit) => Promise<boolean>
  onAddOption: (p: { title: string; description?: string; pointId?: string }) => Promise<boolean>
  onEditOption: (id: string, p: { title: string; description: string }) => Promise<boolean>
  onWithdraw: (id: string) => unknown
  onStatus: (id: string, s: OptionStatus) => void
  onInterest: (id: string, sideId: string, text: string) => unknown
  onAddPackage: (name: string, ids: string[]) => void
  onRate: (id: string, r: Rating | null) => void
  /** SIGN-13: the number of the current agreement's clause that links an option, or null. */
  clauseOf: (optionId: string) => number | null
  /** Opens the agreement tab (from an option's clause link). */
  onShowAgreement?: (() => void) | undefined
  /** SIGN-13: the mediator's one click from an agreed option to its clause; absent when the agreement is locked. */
  onMakeClause?: ((optionId: string) => unknown) | undefined
}

/** The option board: phase lock, sticking points, options with statuses and interests, packages, ratings. */
export function BoardView(p: BoardViewProps) {
  const { board, t } = p
  const w = boardWords(p.lang)
  const [selected, setSelected] = useState<string[]>([])
  const overlap = p.ratingsOf
    ? new Map(
        ratingOverlap(
          board.options,
          p.ratingsOf,
          p.participants,
          p.sides.map((s) => s.id),
        ).map((e) => [e.optionId, e]),
      )
    : null
  // BOARD-UI-1: the mediator's board names who proposed each item, discreetly; nobody else's ever does.
  const authorOf = p.authorOf
  const proposer = authorOf
    ? (kind: ItemKind, item: { id: string; createdBy: string }) =>
        proposedBy(authorOf(kind, item.id), item.createdBy, p.participants, p.sides, w)
    : undefined
  // BOARD-8: a side changes only what it wrote (its caucus doc says which) or what the mediator gave its side.
  const ownOption = (o: Board['options'][number]) =>
    p.own === null || p.own.options.has(o.id) || (p.mySideId !== null && o.originSideId === p.mySideId)
  return (
    <div class="panel">
      <Section id="board" title={t('board.heading')}>
        <Hint tone={board.phase === 'evaluate' ? 'warn' : 'muted'}>
          <span data-testid="board-phase">
            {t(board.phase === 'brainstorm' ? 'board.brainstorm' : 'board.evaluate')}
          </span>
        </Hint>
        {p.isMediator ? (
          <Button
            onClick={() => p.onPhase(board.phase === 'brainstorm' ? 'evaluate' : 'brainstorm')}
            testId="board-phase-toggle"
          >
            {t(board.phase === 'brainstorm' ? 'board.toEvaluate' : 'board.toBrainstorm')}
          </Button>
        ) : null}
        {!p.isMediator && p.mySideId !== null && board.phase === 'brainstorm' ? (
          <Hint>{t('board.anonymous')}</Hint>
        ) : null}
        {!p.isMediator && p.mySideId !== null && board.phase === 'evaluate' ? (
          <Hint>{t('board.evaluateLock')}</Hint>
        ) : null}
        {!p.canEdit && !p.isMediator && p.mySideId === null ? <Hint>{t('board.readOnly')}</Hint> : null}
        {p.myRatings && board.phase === 'evaluate' ? <Hint>{t('board.ratingHint')}</Hint> : null}
        {p.outbox ? <OutboxList outbox={p.outbox} board={board} t={t} w={w} reason={p.reason} /> : null}
      </Section>
      <PointsSection
        points={board.points}
        t={t}
        onAdd={p.canEdit ? p.onAddPoint : undefined}
        onEdit={p.canEdit ? p.onEditPoint : undefined}
        mayEdit={(id) => p.own === null || p.own.points.has(id)}
        proposer={proposer && ((pt) => proposer('point', pt))}
      />
      <Section id="options" title={t('board.options')}>
        {p.canEdit ? <AddOptionForm points={board.points} t={t} onAdd={p.onAddOption} /> : null}
        {board.options.length === 0 ? <Hint>{t('board.noOptions')}</Hint> : null}
        <div data-testid="options">
          {groupByPoint(board).map((g) => (
            <div key={g.point?.id ?? ''} class="option-group" data-testid="option-group">
              {g.point || board.points.length > 0 ? (
                <h4 class="group-title" data-testid="option-group-title">
                  {g.point ? g.point.title : t('board.ungrouped')}
                </h4>
              ) : null}
              <ul class="list">
                {g.options.map((o) => (
                  <OptionCard
                    key={o.id}
                    option={o}
                    phase={board.phase}
                    sides={p.sides}
                    t={t}
                    canEdit={p.canEdit && ownOption(o)}
                    mine={p.own !== null && ownOption(o)}
                    proposer={proposer?.('option', o)}
                    overlap={overlap?.get(o.id)}
                    participants={p.participants}
                    steps={p.steps?.get(o.id)}
                    titleOf={(id) => board.options.find((x) => x.id === id)?.title ?? id}
                    myRating={p.myRatings ? (p.myRatings[o.id]?.rating ?? null) : undefined}
                    selected={selected.includes(o.id)}
                    onSelect={
                      p.isMediator
                        ? (on) => setSelected(on ? [...selected, o.id] : selected.filter((x) => x !== o.id))
                        : undefined
                    }
                    onEdit={(e) => p.onEditOption(o.id, e)}
                    onWithdraw={
                      !p.isMediator && ownOption(o) && o.status !== 'withdrawn'
                        ? () => p.onWithdraw(o.id)
                        : undefined
                    }
                    onStatus={p.isMediator ? (s) => p.onStatus(o.id, s) : undefined}
                    interestSides={p.isMediator ? p.sides.map((s) => s.id) : p.mySideId ? [p.mySideId] : []}
                    onInterest={(side, text) => p.onInterest(o.id, side, text)}
                    onRate={p.myRatings ? (r) => p.onRate(o.id, r) : undefined}
                    w={w}
                    clauseNumber={p.clauseOf(o.id)}
                    onShowClause={p.onShowAgreement}
                    onMakeClause={p.onMakeClause && (() => p.onMakeClause?.(o.id))}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      </Section>
      <Section id="packages" title={t('board.packages')}>
        {board.packages.length === 0 ? <Hint>{t('board.noPackages')}</Hint> : null}
        <ul class="list">
          {board.packages.map((pk) => (
            <li key={pk.id} class="card">
              <div class="row">
                <span class="card-title">{pk.name}</span>
                <span class={`badge ${pk.agreed ? 'badge-ok' : ''}`}>
                  {t(pk.agreed ? 'board.packageAgreed' : 'board.packageOpen')}
                </span>
              </div>
              <span class="card-meta">
                {pk.optionIds.map((id) => board.options.find((o) => o.id === id)?.title ?? id).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
        {p.isMediator && selected.length > 0 ? (
          <OneLineForm
            label={t('board.packageName')}
            button={t('board.addPackage')}
            onSubmit={(name) => {
              p.onAddPackage(name, selected)
              setSelected([])
            }}
          />
        ) : null}
      </Section>
    </div>
  )
}

function AddOptionForm(p: { points: Board['points']; t: Translate; onAdd: BoardViewProps['onAddOption'] }) {
  const { t } = p
  const [title, setTitle] = useState('')
  const [description, setDescription] = useState('')
  const [pointId, setPointId] = useState('')
  const submit = async () => {
    if (!title.trim()) return
    const added = await p.onAdd({
      title: title.trim(),
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(pointId ? { pointId } : {}),
    })
    // A refused or unsent idea stays in the form (the notice says why), so nothing typed is lost.
    if (!added) return
    setTitle('')
    setDescription('')
  }
  return (
    <div class="card">
      <TextField
        label={t('board.optionTitle')}
        value={title}
        onInput={setTitle}
        onEnter={submit}
        testId="option-input"
      />
      <TextField
        label={t('board.optionDescription')}
        value={description}
        onInput={setDescription}
        multiline
      />
      {p.points.length > 0 ? (
        <Select
          label={t('board.forPoint')}
          value={pointId}
          onChange={setPointId}
          options={[
            { value: '', label: t('board.general') },
            ...p.points.map((pt) => ({ value: pt.id, label: pt.title })),
          ]}
        />
      ) : null}
      <Button kind="primary" onClick={submit} testId="add-option">
        {t('board.addOption')}
      </Button>
    </div>
  )
}

/** "proposed by Jan (Tenant)" from the ledger; "by the mediator" for the mediator's own; null when unknown. */
function proposedBy(
  record: AuthorRecord | null,
  createdBy: string,
  participants: Participant[],
  sides: Side[],
  w: BoardWords,
): string | null {
  if (record) {
    const side = sides.find((s) => s.id === record.sideId)?.name ?? ''
    const name = participants.find((x) => x.id === record.participantId)?.name
    return name ? w('proposedBy', { name, side }) : w('proposedBySide', { side })
  }
  return createdBy ? w('proposedByMediator') : null
}

/** Options under their sticking point, in the points' order; options without a (known) point last. */
function groupByPoint(board: Board): { point: Board['points'][number] | null; options: Board['options'] }[] {
  const known = new Set(board.points.map((pt) => pt.id))
  const groups = board.points
    .map((point) => ({ point, options: board.options.filter((o) => o.pointId === point.id) }))
    .filter((g) => g.options.length > 0)
  const rest = board.options.filter((o) => o.pointId === null || !known.has(o.pointId))
  return rest.length > 0 ? [...groups, { point: null, options: rest }] : groups
}
