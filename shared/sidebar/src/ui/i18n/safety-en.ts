import type { Message } from '@mediation/core/i18n'

/**
 * The mediator's safety-screening panel (SAFETY-6), English. A dictionary of its own so it travels in the lazily
 * loaded chunk with the panel: parties never download the mediator's words (the sidebar's opening budget).
 */
export const safetyEn = {
  'safety.heading': 'Safety screening',
  'safety.concern': 'Concern reported in the intake:',
  'safety.none': 'No concerns reported.',
  'safety.yes': 'yes',
  'safety.no': 'no',
  'safety.held': 'Joint session held until you confirm.',
  'safety.confirm': 'I have assessed the safety screening',
  'safety.assessed': 'Assessed at {time}.',
  'safety.exit': '{name} pressed “End now” at {time}.',
  'safety.exitWord':
    '{name} typed their code word at {time}. Their sidebar closed and hung up their call where the platform allows it; end the meeting with them.',
  'safety.options': 'Safe options and help numbers',
  'safety.links': 'Own links: each person joins with a personal link.',
  'safety.staggered':
    'Staggered start: each person’s meeting link opens this many minutes after you start the meeting; the server refuses it before then (Jitsi; on Zoom you admit people yourself). At the end, let the one who came first leave first.',
  'safety.staggerMinutes': 'minutes after the start',
  'safety.staggerSave': 'Save the start times',
  'safety.staggerSaved': 'Saved.',
  'safety.shuttle': 'Shuttle mode: separate rooms only, no joint session.',
  'safety.shuttleOn': 'Shuttle mode on',
  'safety.shuttleOff': 'Shuttle mode off',
  'safety.codeWordHow':
    'Code word or “End now”: end the meeting with that person at once, without asking why. The software does not listen to the call; a code word typed in a field of their sidebar ends their call by itself.',
  'safety.codeWord': 'Code word of {name}: “{word}”.',
  'safety.referral': 'Veilig Thuis 0800-2000 (free, 24/7) · emergency 112.',
  'safety.honest': 'The software calls and warns nobody.',
} as const satisfies Record<string, Message>

export type SafetyKey = keyof typeof safetyEn
