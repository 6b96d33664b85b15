/**
 * @mediation/core/queries — plain-data queries over views the domain already built (no Yjs, no documents), that
 * only code loaded later needs: outside the domain's index, so they stay out of the sidebar's opening download.
 */

export { ENDING_OUTCOMES, MAX_ENDING_NOTE } from './phase/outcomes'
export { ratingOverlap } from './ratings/overlap'
export { type CoachingShare, coachingShare } from './talk/coaching-share'
