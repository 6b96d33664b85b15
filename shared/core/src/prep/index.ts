/**
 * Before the session: practice results, intake, agreement to mediate and readiness (pure logic, nl + en).
 * Rules (tests carry the ids):
 * - PREP-1 intake answers reach the mediator and their author only (not other parties, advisers, secretariat).
 * - PREP-2 a signature needs the invite's name (case/space-insensitive), explicit consent and the hash of the
 *   current text; it stores the server's time and that hash; its receipt PDF prints name, hash, time and text.
 * - PREP-3 a text change is a new version and voids earlier signatures (kept, shown as outdated); signing an
 *   outdated hash is 409, an unknown hash 400.
 * - PREP-4 the secretariat sees readiness (done / not done), never answers or texts.
 * - PREP-5 every refusal is a 4xx with a `prep/...` code worded on the page in nl/en, and stores nothing.
 * - PREP-6 practice stores a summary only (statuses and figures), never audio or video; readiness follows
 *   practice, intake, agreement and ground rules.
 */
export * from './agreement-clauses'
export * from './agreement-fill'
export * from './agreement-templates'
export * from './api-types'
export * from './coaching-agreement-clauses'
export * from './i18n'
export * from './intake'
export * from './intake-case-questions'
export * from './intake-coaching-questions'
export * from './intake-defaults'
export * from './media-errors'
export * from './mediator-profile'
export * from './network'
export * from './practice'
export * from './prep-text'
export * from './readiness'
export * from './refusals'
export * from './safety-screening'
export * from './signature'
