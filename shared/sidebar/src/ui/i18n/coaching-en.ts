/**
 * English words of a coaching session (one coach, one client) over the mediation ones: a chunk of its own that
 * only a coaching session asks for (loadTranslator(lang, { kind: 'coaching' })).
 */
import type { MessageKey } from './en'

export const coachingEn = {
  'app.title': 'Coaching',
  'role.mediator': 'Coach',
  'role.party': 'Client',
  'conn.denied4401':
    'Your access has ended or your link is no longer valid. Ask the coach for a new invite link.',
  'conn.denied4413': 'This document has reached its size limit. Ask the coach to tidy it up.',
  'phase.joint': 'Conversation',
  'rules.askAgainConfirm':
    'The text stays the same, but the client must accept it again as version {version}.',
  'talk.heading': 'Talk time: coach and client',
  'join.step3': '3. Sign the coaching agreement',
  'join.invalid': 'This invite link is not valid (any more). Ask the coach for a new one.',
  'error.rule.ACCESS-2': 'Only the coach may do that.',
  'error.rule.PHASE-3': 'The conversation begins once the client has accepted the ground rules.',
  'error.rule.RULES-5': 'Only the client accepts the ground rules.',
  'error.rule.TURN-2': 'The floor can only go to the client.',
  'error.rule.TURN-5': 'Only the client raises a hand; a hand is lowered by the client or the coach.',
  'error.rule.MEDIATOR-ONLY': 'Only the coach may do that.',
  'error.rule.AUTH-EXPIRED': 'This invite link has expired. Ask your coach for a new link.',
  'error.rule.COACH-1': 'That is not part of coaching: no separate rooms, no option board and no signing.',
} as const satisfies Partial<Record<MessageKey, string>>

/** The Coaching tab's own words (COACH-3/4): goals, action points and tips. */
export const coachingPlanEn = {
  'tab.coaching': 'Coaching',
  'plan.goals': 'Goals',
  'plan.actions': 'Action points',
  'plan.tips': 'Tips and homework',
  'plan.noGoals': 'No goals yet.',
  'plan.noActions': 'No action points yet.',
  'plan.noTips': 'No tips yet.',
  'plan.text': 'Text',
  'plan.due': 'Due date (optional)',
  'plan.dueOn': 'due {date}',
  'plan.add': 'Add',
  'plan.addGoal': 'Add a goal',
  'plan.addAction': 'Add an action point',
  'plan.addTip': 'Add a tip',
  'plan.remove': 'Remove “{text}”',
  'plan.done': 'Done: {text}',
  'plan.readOnly': 'Your coach writes this plan; tick off your action points when you have done them.',
  'plan.between': 'Between sessions',
  'plan.betweenIntro':
    'What you and your coach agreed: your goals, what you will do and tips for in between.',
  'plan.session': 'Session {n}',
  'plan.sessionOn': 'Session {n} · {date}',
  'plan.now': 'now: session {n}',
  'plan.progress': 'Progress',
  'plan.score': 'How far are you now with “{text}”? (0 = not started, 10 = reached)',
  'plan.scoreSave': 'Save',
  'plan.scoreSaved': 'Saved: {score} of 10',
  'plan.scores': 'Progress per session',
  'plan.noScore': 'no score yet',
  'plan.overdue': 'overdue',
  'plan.doneIn': 'done in session {n}',
  'plan.openActions': 'To do',
  'plan.doneActions': 'Done',
  'plan.next': 'Begin the next session',
  'plan.nextHint':
    'Goals, tips and open action points carry over; each session keeps its own progress scores.',
  'plan.nextDone': 'Session {n} has begun.',
  'plan.series': 'Coaching trajectory',
} as const

/** The keys a coaching session words its own way (over the mediation words, or its own). */
export type CoachingKey = keyof typeof coachingEn | keyof typeof coachingPlanEn
/** The Coaching tab's keys. */
export type CoachingPlanKey = keyof typeof coachingPlanEn
