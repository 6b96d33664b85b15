/** @mediation/core/domain — pure functions over the session's Y.Docs. Rules: shared/SPEC.md. */

export {
  MAX_AGREEMENTS,
  MAX_CONSIDERATIONS,
  setAgreementKind,
  setConsiderations,
  setPlaceAndDate,
  startAgreement,
} from './agreement/agreements'
export { listAgreements } from './agreement/document-read'
export {
  type AgreementRef,
  addClause,
  editClause,
  getDraft,
  linkClauseOptions,
  moveClause,
  removeClause,
} from './agreement/draft'
export { canonicalDocument, canonicalText, considerationLetter } from './agreement/draft-read'
export {
  AGREEMENT_KINDS,
  type AgreementKind,
  agreementKindsFor,
  hasReflectionClause,
  isAgreementKindFor,
} from './agreement/kinds'
export { isCalendarDate, setParticulars } from './agreement/particulars'
export { currentAgreementId } from './agreement/scope'
export { signVersion } from './agreement/sign'
export { isLocked, signoffStatus } from './agreement/signoffs'
export { agreementText, listVersions, saveVersion } from './agreement/versions'
export type { BoardCommand, CommandDocs } from './board/board-commands'
export { boardPhase, setBoardPhase } from './board/board-phase'
export { getBoard } from './board/get-board'
export {
  authoredBySide,
  authorOf,
  historyByOption,
  type ItemKind,
  logStatusMoves,
  observeStatusMoves,
  recordAuthor,
  type StatusMove,
} from './board/ledger'
export { setOptionStatus } from './board/option-status'
export { addOption, editOption, setCriteria, setInterests } from './board/options'
export { addPackage, editPackage } from './board/packages'
export { addStickingPoint, editStickingPoint } from './board/points'
export { allowedStatuses, EVALUATING, type StatusStep, statusSteps } from './board/status-steps'
export {
  caucusState,
  changeCaucus,
  endCaucus,
  groupsOf,
  moveMediator,
  planCaucus,
  startCaucus,
} from './caucus/caucus'
export { addCaucusPoint, listCaucusPoints, maySetSharing, setMayShare } from './caucus/caucus-notes'
export { caucusNotesKey, sharedCaucusKeys, sidesOfNotesKey } from './caucus/notes-key'
export type { CaucusGroup, CaucusPoint } from './caucus/types'
export type { CommandContext, NoInput, SystemContext } from './context'
export { check, DomainError, isDomainError } from './errors'
export { defaultRules, rulesText } from './ground-rules/default-rules'
export {
  acceptRules,
  editRules,
  getRules,
  requestReacceptance,
  rulesStatus,
} from './ground-rules/ground-rules'
export { hashText, normalizeText } from './hash'
export {
  endMeeting,
  pauseMeeting,
  resumeMeeting,
  startMeeting,
} from './meeting/meeting'
export { listMeetings, meetingState } from './meeting/meeting-log'
export { isOrigin, localOrigin, type Origin, serverOrigin, storeOrigin } from './origins'
export {
  applyCommand,
  BOARD_COMMANDS,
  isBoardCommand,
  MAX_REPORT_LAG_MS,
  type PartyCommand,
  parseCommand,
  type ServerFacts,
} from './party-commands'
export {
  ENDING_OUTCOMES,
  ending,
  endings,
  endSession,
  hasEnded,
  MAX_ENDING_NOTE,
  reopenSession,
} from './phase/ending'
export { allowedPhases, getPhase, sessionPhases, setPhase } from './phase/set-phase'
export { isShuttle, requireJointAllowed, setShuttle } from './phase/shuttle'
export { PHASES } from './phase/transitions'
export { getRatings, rateOption } from './ratings/ratings'
export { isRuleId, RULE_IDS, type RuleId } from './rule-ids'
export * from './schema'
export {
  docAccess,
  isSideMember,
  noteAccess,
  noteStampDoc,
  rawForbiddenRoots,
  requireBoardActor,
  requireMediator,
  requireWrite,
} from './session/access'
export {
  addParticipant,
  addSide,
  getSession,
  initSession,
  listParticipants,
  listSides,
  removeParticipant,
  requireActor,
  setArchived,
} from './session/session'
export { LANGUAGES, ROLES, SESSION_KINDS } from './session/vocabulary'
export { namesMatch, normalizeName } from './signer-name'
export type { CoachingShare } from './talk/coaching-share'
export {
  currentMark,
  MARK_MAX_MS,
  MAX_SPEAKER_MARKS,
  type MarkedStretch,
  markedStretches,
  markSpeaker,
} from './talk/speaker-marks'
export {
  IMBALANCE_MIN_MS,
  interruptions,
  reportMuted,
  reportSpeaking,
  talkTime,
  UNDER_HEARD_FRACTION,
} from './talk/talk'
export {
  CLAIM_FIELDS,
  checkClaim,
  checkEntryRoom,
  checkManualEntry,
  EMPTY_CLAIM,
  MANUAL_KINDS,
  MAX_ENTRIES,
  MAX_ENTRY_MINUTES,
  MAX_ENTRY_NOTE,
} from './time-log/entries'
export { timeLog } from './time-log/time-log'
export {
  endFloor,
  getFloor,
  getQueue,
  grantFloor,
  lowerHand,
  MAX_TURN_MS,
  queueMode,
  raiseHand,
  setQueueMode,
  turnsPerSide,
} from './turns/turns'
export type * from './types'
