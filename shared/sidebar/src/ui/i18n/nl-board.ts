import type { Message } from '@mediation/core/i18n'
import type { BoardWordKey } from './en-board'

/** Dutch words of the board's outbox and author line (see en-board.ts). */
export const nlBoard: Record<BoardWordKey, Message> = {
  proposedBy: 'voorgesteld door {name} ({side})',
  proposedBySide: 'voorgesteld door {side}',
  proposedByMediator: 'voorgesteld door de mediator',
  waiting: 'wacht op verbinding',
  waitingHint: 'Wordt verstuurd zodra de verbinding terug is, in deze volgorde.',
  'queued.addIdea': 'Nieuwe optie: {title}',
  'queued.addPoint': 'Nieuw knelpunt: {title}',
  'queued.editIdea': 'Wijziging van een optie: {title}',
  'queued.editPoint': 'Wijziging van een knelpunt: {title}',
  'queued.withdrawIdea': 'Intrekken: {title}',
  'queued.setInterests': 'Belang: {text}',
  refused: 'Niet geplaatst: {reason}',
  sendAgain: 'Opnieuw versturen',
  outboxFull:
    'Er wacht te veel op de verbinding. Uw tekst staat nog in het formulier; verstuur hem zodra de verbinding terug is.',
  discard: 'Weggooien',
  makeClause: 'Opnemen als artikel',
  makeClauseLabel: '"{title}" opnemen als artikel van de overeenkomst',
  inAgreement: 'In de overeenkomst als artikel {n}',
  showClause: 'Tonen',
  showClauseLabel: 'Artikel {n} in de overeenkomst tonen',
}
