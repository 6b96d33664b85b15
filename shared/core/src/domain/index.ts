/** @mediation/core/domain — pure functions over the session's Y.Docs. Rules: shared/SPEC.md. */
export { docAccess, isSideMember, requireMediator, requireWrite } from './access'
export { addClause, editClause, getDraft, linkClauseOptions, moveClause, removeClause } from './agreement'
export { addStickingPoint, editStickingPoint, setBoardPhase } from './board'
export { getBoard } from './board-query'
export { boardPhase } from './board-read'
export { caucusState, endCaucus, moveMediator, planCaucus, startCaucus } from './caucus'
export { addCaucusPoint, type CaucusPoint, listCaucusPoints, setMayShare } from './caucus-notes'
export { applyCommand, MAX_REPORT_LAG_MS, type PartyCommand, parseCommand } from './commands'
export type { CommandContext, NoInput, SystemContext } from './context'
export { canonicalText } from './draft-read'
export { check, DomainError, isDomainError } from './errors'
export { hashText, normalizeText } from './hash'
export { allowedStatuses, EVALUATING, setOptionStatus } from './option-status'
export { addOption, editOption, setCriteria, setInterests } from './options'
export { isOrigin, localOrigin, type Origin, serverOrigin, storeOrigin } from './origins'
export { addPackage, editPackage } from './packages'
export { allowedPhases, getPhase, setPhase } from './phase'
export { PHASES } from './phase-core'
export { getRatings, rateOption, ratingOverlap } from './ratings'
export { isRuleId, RULE_IDS, type RuleId } from './rule-ids'
export { acceptRules, editRules, getRules, requestReacceptance, rulesStatus } from './rules'
export { defaultRules, rulesText } from './rules-default'
export * from './schema'
export {
  addParticipant,
  addSide,
  getSession,
  initSession,
  listParticipants,
  listSides,
  removeParticipant,
  requireActor,
} from './session'
export { signVersion } from './signoff'
export { isLocked, signoffStatus } from './signoff-read'
export { IMBALANCE_GAP, IMBALANCE_MIN_MS, interruptions, reportMuted, reportSpeaking, talkTime } from './talk'
export { timeLog } from './timelog'
export { endFloor, getFloor, getQueue, grantFloor, lowerHand, MAX_TURN_MS, raiseHand } from './turns'
export type * from './types'
export { agreementText, listVersions, saveVersion } from './versions'
