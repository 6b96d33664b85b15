/**
 * English words of the board's outbox and author line (BOARD-UI-1/2): loaded with the board view, not on opening
 * (the sidebar's opening download is budgeted), so they live beside the view's chunk instead of in en.ts.
 */
export const enBoard = {
  proposedBy: 'proposed by {name} ({side})',
  proposedBySide: 'proposed by {side}',
  proposedByMediator: 'proposed by the mediator',
  waiting: 'waiting for connection',
  waitingHint: 'Sent as soon as the connection is back, in this order.',
  'queued.addIdea': 'New option: {title}',
  'queued.addPoint': 'New sticking point: {title}',
  'queued.editIdea': 'Change to an option: {title}',
  'queued.editPoint': 'Change to a sticking point: {title}',
  'queued.withdrawIdea': 'Withdraw: {title}',
  'queued.setInterests': 'Interest: {text}',
  refused: 'Not placed: {reason}',
  sendAgain: 'Send again',
  outboxFull:
    'Too much is waiting for the connection. Your text is still in the form; send it once the connection is back.',
  discard: 'Discard',
  makeClause: 'Make it a clause',
  makeClauseLabel: 'Make "{title}" a clause of the agreement',
  inAgreement: 'In the agreement as clause {n}',
  showClause: 'Show',
  showClauseLabel: 'Show clause {n} in the agreement',
} as const

export type BoardWordKey = keyof typeof enBoard
