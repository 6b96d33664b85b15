/** @mediation/shared/domain — pure functions over the session's Y.Docs. Rules: shared/SPEC.md. */
export { docAccess, isSideMember, requireMediator, requireWrite } from './access'
export { addClause, editClause, getDraft, linkClauseOptions, moveClause, removeClause } from './agreement'
export { addStickingPoint, editStickingPoint, setBoardPhase } from './board'
export { getBoard } from './board-query'
export { caucusState, endCaucus, moveMediator, planCaucus, startCaucus } from './caucus'
export { applyCommand, type PartyCommand, parseCommand } from './commands'
export { check, DomainError, isDomainError } from './errors'
export { hashText, normalizeText } from './hash'
export { addOption, editOption, setCriteria, setInterests, setOptionStatus } from './options'
export { isOrigin, localOrigin, type Origin, serverOrigin, storeOrigin } from './origins'
export { addPackage, editPackage } from './packages'
export { allowedPhases, getPhase, setPhase } from './phase'
export { PHASES } from './phase-core'
export { getRatings, rateOption, ratingOverlap } from './ratings'
export { acceptRules, editRules, getRules, rulesStatus } from './rules'
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
export { isLocked, signoffStatus, signVersion } from './signoff'
export { interruptions, reportMuted, reportSpeaking, talkTime } from './talk'
export { timeLog } from './timelog'
export { endFloor, getFloor, getQueue, grantFloor, lowerHand, raiseHand } from './turns'
export type * from './types'
export { agreementText, canonicalText, listVersions, saveVersion } from './versions'
