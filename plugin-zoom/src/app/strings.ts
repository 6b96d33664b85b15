import { type Translate, textIn } from '@mediation/core/i18n'
import type { Language } from '@mediation/protocol'

const en = {
  starting: 'Connecting to Zoom…',
  notInZoom: 'Open this app inside a Zoom meeting. ({message})',
  role: 'In Zoom you are: {role}',
  'role.host': 'host',
  'role.coHost': 'co-host',
  'role.attendee': 'participant',
  featureOff: '{feature} is off: {reason}',
  'reason.role': 'only the host or a co-host has it',
  'reason.unsupported': 'your Zoom client does not support it ({apis})',
  'reason.guest': 'Zoom does not give it to guests',
  guestNotice:
    'You are in Zoom as a guest (without a Zoom account). The session works; a few Zoom features need you to sign in to Zoom.',
  guestSignIn: 'Sign in to Zoom',
  'feature.roster': 'Participant list',
  'feature.activeSpeaker': 'Speaking time for everyone',
  'feature.ownSpeaking': 'Your own speaking time',
  'feature.raiseHand': 'Raise hand',
  'feature.rooms': 'Caucus rooms',
  'feature.nudge': 'Instant updates between instances',
  pairHeading: 'Join the session',
  pairHint: 'Type the Zoom code from your invite page (the link your mediator sent you).',
  pairCode: 'Zoom code',
  pairSubmit: 'Join',
  unlinked: 'The mediator has not linked this meeting to the session yet. Try again in a moment.',
  'pair.wrong': 'This code is wrong, used or expired. Your invite page gives you a new one.',
  'pair.tooMany': 'Too many tries. Wait a few minutes and try again.',
  'pair.revoked': 'Your invite was withdrawn or has expired. Ask your mediator for a new one.',
  'pair.format': 'A Zoom code has eight digits.',
  'pair.failed': 'Could not join the session. Try again.',
  iAmMediator: 'I am the mediator: sign in',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signInFailed: 'Sign-in failed. Check your connection and try again.',
  signInWrong: 'Sign-in failed: the email address or password is wrong.',
  signInLimited: 'Too many sign-in attempts. Wait a few minutes and try again.',
  linkHeading: 'Link this meeting to a session',
  link: 'Link',
  noSessions: 'You have no sessions yet; create one on the companion server first.',
  assignHeading: 'Who is who',
  assignHint:
    'Parties join with the Zoom code from their invite page. Here you can correct who a Zoom participant is (speaking time, rooms).',
  conflict: 'Two paired apps say they are this person: choose who it is.',
  unassigned: '— not assigned —',
  claimed: 'connected',
  issuesHeading: 'Caucus checks',
  noIssues: 'Everyone Zoom or their app reports on is where the plan puts them.',
  'issue.misplaced': '{name} is in {room} but belongs in {expected}.',
  'issue.unassigned': '{name} is not assigned to any room.',
  'issue.notAssigned': 'Someone planned for {expected} is not in any room.',
  'issue.missingRoom': 'Room {room} is missing.',
  'issue.missingRoomOpen': 'Room {room} is missing and cannot be added while rooms are open.',
  'issue.noLists':
    'Zoom gives room lists only to the meeting owner: where people are comes from their own app.',
  'issue.unknown': 'Where {name} is (planned for {expected}) is not known: their app is not open.',
  'issue.notJoined': '{name} has not joined {expected} yet (Zoom asked them to).',
  moveRequest: 'In Zoom, open Breakout Rooms and choose Join next to “{room}”.',
  moveRequestMain: 'In Zoom, open Breakout Rooms and choose Leave room (back to the main session).',
  moveRequestHint: 'The session records the move once Zoom confirms it.',
  mainRoom: 'the main room',
  failure: 'Zoom: {action} failed — {message}',
  'action.moveSelf': 'switching rooms',
  'action.openCaucus': 'opening the caucus rooms',
  'action.closeCaucus': 'closing the caucus rooms',
  'action.setHand': 'raising or lowering the hand',
  'action.muteAllExcept': 'muting the others',
  'action.signIn': 'signing in to Zoom',
  'action.other': 'an action',
} as const

export type ZoomKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Record<ZoomKey, string> = {
  starting: 'Verbinden met Zoom…',
  notInZoom: 'Open deze app in een Zoom-vergadering. ({message})',
  role: 'In Zoom bent u: {role}',
  'role.host': 'host',
  'role.coHost': 'co-host',
  'role.attendee': 'deelnemer',
  featureOff: '{feature} staat uit: {reason}',
  'reason.role': 'alleen de host of een co-host heeft dit',
  'reason.unsupported': 'uw Zoom-versie ondersteunt dit niet ({apis})',
  'reason.guest': 'Zoom geeft dit niet aan gasten',
  guestNotice:
    'U bent in Zoom als gast (zonder Zoom-account). De sessie werkt; voor enkele Zoom-functies moet u inloggen bij Zoom.',
  guestSignIn: 'Inloggen bij Zoom',
  'feature.roster': 'Deelnemerslijst',
  'feature.activeSpeaker': 'Spreektijd van iedereen',
  'feature.ownSpeaking': 'Uw eigen spreektijd',
  'feature.raiseHand': 'Hand opsteken',
  'feature.rooms': 'Caucusruimtes',
  'feature.nudge': 'Directe updates tussen instanties',
  pairHeading: 'Deelnemen aan de sessie',
  pairHint: 'Typ de Zoom-code van uw uitnodigingspagina (de link die uw mediator u stuurde).',
  pairCode: 'Zoom-code',
  pairSubmit: 'Deelnemen',
  unlinked: 'De mediator heeft deze vergadering nog niet aan de sessie gekoppeld. Probeer het zo opnieuw.',
  'pair.wrong': 'Deze code klopt niet, is al gebruikt of verlopen. Uw uitnodigingspagina geeft u een nieuwe.',
  'pair.tooMany': 'Te veel pogingen. Wacht een paar minuten en probeer het opnieuw.',
  'pair.revoked': 'Uw uitnodiging is ingetrokken of verlopen. Vraag uw mediator om een nieuwe.',
  'pair.format': 'Een Zoom-code heeft acht cijfers.',
  'pair.failed': 'Deelnemen aan de sessie is niet gelukt. Probeer het opnieuw.',
  iAmMediator: 'Ik ben de mediator: inloggen',
  email: 'E-mail',
  password: 'Wachtwoord',
  signIn: 'Inloggen',
  signInFailed: 'Inloggen mislukt. Controleer uw verbinding en probeer het opnieuw.',
  signInWrong: 'Inloggen mislukt: het e-mailadres of het wachtwoord klopt niet.',
  signInLimited: 'Te veel inlogpogingen. Wacht een paar minuten en probeer het opnieuw.',
  linkHeading: 'Koppel deze vergadering aan een sessie',
  link: 'Koppelen',
  noSessions: 'U hebt nog geen sessies; maak er eerst een aan op de companion-server.',
  assignHeading: 'Wie is wie',
  assignHint:
    'Deelnemers komen binnen met de Zoom-code van hun uitnodigingspagina. Hier kunt u corrigeren wie een Zoom-deelnemer is (spreektijd, ruimtes).',
  conflict: 'Twee gekoppelde apps zeggen deze persoon te zijn: kies wie het is.',
  unassigned: '— niet gekoppeld —',
  claimed: 'verbonden',
  issuesHeading: 'Controle caucus',
  noIssues: 'Iedereen over wie Zoom of de eigen app iets meldt, zit waar het plan hem plaatst.',
  'issue.misplaced': '{name} zit in {room} maar hoort in {expected}.',
  'issue.unassigned': '{name} is aan geen enkele ruimte toegewezen.',
  'issue.notAssigned': 'Iemand die voor {expected} gepland is, zit in geen enkele ruimte.',
  'issue.missingRoom': 'Ruimte {room} ontbreekt.',
  'issue.missingRoomOpen':
    'Ruimte {room} ontbreekt en kan niet worden toegevoegd terwijl de ruimtes open zijn.',
  'issue.noLists':
    'Zoom geeft ruimtelijsten alleen aan de eigenaar van de vergadering: waar mensen zijn, meldt hun eigen app.',
  'issue.unknown':
    'Waar {name} is (gepland voor {expected}), is onbekend: de app van deze persoon is niet open.',
  'issue.notJoined': '{name} is nog niet in {expected} (Zoom heeft gevraagd deel te nemen).',
  moveRequest: 'Open in Zoom de Breakoutruimtes en kies Deelnemen naast “{room}”.',
  moveRequestMain: 'Open in Zoom de Breakoutruimtes en kies Ruimte verlaten (terug naar de hoofdsessie).',
  moveRequestHint: 'De sessie legt de overstap vast zodra Zoom die bevestigt.',
  mainRoom: 'de hoofdruimte',
  failure: 'Zoom: {action} mislukt — {message}',
  'action.moveSelf': 'van ruimte wisselen',
  'action.openCaucus': 'de caucusruimtes openen',
  'action.closeCaucus': 'de caucusruimtes sluiten',
  'action.setHand': 'de hand opsteken of laten zakken',
  'action.muteAllExcept': 'de anderen dempen',
  'action.signIn': 'inloggen bij Zoom',
  'action.other': 'een handeling',
}

const ACTIONS = new Set(['moveSelf', 'openCaucus', 'closeCaucus', 'setHand', 'muteAllExcept', 'signIn'])

/** The words for an adapter action name (never the internal name itself). */
export const actionKey = (action: string): ZoomKey =>
  ACTIONS.has(action) ? (`action.${action}` as ZoomKey) : 'action.other'

export type ZoomT = Translate<ZoomKey>

/** The Zoom shell's strings in nl or en; `{x}` placeholders are filled as plain text. */
export function zoomStrings(lang: Language): ZoomT {
  return textIn(lang, { nl, en })
}
