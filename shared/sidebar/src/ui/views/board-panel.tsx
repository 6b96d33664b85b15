import { ApiRequestError } from '../../client/api-error'
import type { SessionModel } from '../models/session-model'
import { BoardView } from './board-view'

/** The board tab: the session model's board, ledger and outbox as the board view's plain props (lazily loaded). */
export function BoardPanel({ m, onShowAgreement }: { m: SessionModel; onShowAgreement?: () => void }) {
  const a = m.actions
  const board = m.board.board.value
  // SIGN-13: which clause of the current agreement links each option (numbered as the agreement numbers them).
  const clauses = m.agreement.draft.value.clauses
  const clauseOf = (optionId: string) => {
    const i = clauses.findIndex((c) => c.optionIds.includes(optionId))
    return i < 0 ? null : i + 1
  }
  const actor = m.actor.value
  const sideMember = actor.role === 'party' || actor.role === 'adviser'
  return (
    <BoardView
      board={board}
      sides={m.control.sides.value}
      t={m.t.value}
      lang={m.lang.value}
      isMediator={m.isMediator}
      mySideId={sideMember ? actor.sideId : null}
      canEdit={m.isMediator || (sideMember && board.phase === 'brainstorm')}
      own={m.isMediator ? null : m.board.own.value}
      authorOf={m.isMediator ? m.board.authors.value : null}
      ratingsOf={m.isMediator ? m.board.ratingsOf.value : null}
      steps={m.isMediator ? m.board.steps(actor) : null}
      participants={m.control.participants.value}
      myRatings={sideMember ? (m.board.ratingsOf.value.get(actor.participantId) ?? {}) : null}
      outbox={m.outbox.value}
      reason={(r) => m.errors.describe(new ApiRequestError(r.status, { error: '', ...r }))}
      onPhase={a.setBoardPhase}
      onAddPoint={a.addPoint}
      onEditPoint={a.editPoint}
      onAddOption={a.addOption}
      onEditOption={a.editOption}
      onWithdraw={a.withdrawOption}
      onStatus={a.setStatus}
      onInterest={a.setInterest}
      onAddPackage={a.addPackage}
      onRate={a.rate}
      clauseOf={clauseOf}
      onShowAgreement={onShowAgreement}
      onMakeClause={m.isMediator && !m.agreement.locked.value ? a.clauseFromOption : undefined}
    />
  )
}
