/** English strings of the invite landing page (/join/), a chunk of their own: the sidebar never loads them. */
export const joinEn = {
  'join.otherLanguage': 'Nederlands',
  'join.step1': '1. Practise your camera, microphone and changing rooms',
  'join.step2': '2. Fill in the intake',
  'join.step3': '3. Sign the agreement to mediate',
  'join.step4': '4. Join the conversation',
  'join.toIntake': 'To the intake',
  'join.toSign': 'To the agreement',
  'join.done': 'done',
  'join.todo': 'still to do',
  'join.heading': 'Welcome',
  'join.invited': 'You are invited to “{title}” as {role}.',
  'join.hello': 'Hello {name}.',
  'join.open': 'Open only the sidebar (for example around one screen)',
  'join.practice': 'To the practice page',
  'join.jitsi': 'Join the video meeting',
  'join.invalid': 'This invite link is not valid (any more). Ask the mediator for a new one.',
  'join.checking': 'Checking your invite…',
  'join.zoomHeading': 'Taking part through the Zoom app?',
  'join.zoomShow': 'Show my Zoom code',
  'join.zoomCode': 'Your Zoom code',
  'join.zoomHow':
    'In the Zoom meeting, open the Mediation app and type this code. It works once, within {minutes} minutes. Keep it to yourself: whoever types it takes part as you.',
  'join.zoomNew': 'New code',
  'join.zoomTooMany': 'You asked for too many codes. Try again in a few minutes.',
  'join.zoomOff': 'The Zoom app is not set up on this server.',
  'join.zoomFailed': 'Could not get a code. Try again.',
} as const

/** The invite page's keys (i18n.ts adds them to its translate function when asked to). */
export type JoinKey = keyof typeof joinEn
