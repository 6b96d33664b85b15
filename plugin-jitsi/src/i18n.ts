/**
 * The Jitsi page's own strings, in Dutch and English, through the one translate mechanism (typed keys: a key
 * missing in Dutch is a compile error; `{x}` placeholders filled as plain text).
 */
import type { Language } from '@mediation/protocol'
import { type Dictionary, type Translate, textIn } from '@mediation/sidebar/translate'

const en = {
  meeting: 'Meeting',
  sidebar: 'Mediation',
  collapse: 'Collapse sidebar',
  expand: 'Expand sidebar',
  muteOthers: 'Mute everyone but the speaker',
  lobbyOn: 'Lobby on',
  moderatorOnly: 'Only for the mediator (moderator in Jitsi)',
  openMeeting:
    'This meeting runs without tokens: anyone with the room name can enter, and whoever comes first becomes moderator. Configure JaaS or a token secret.',
  demoLimit: 'meet.jit.si ends embedded meetings after 5 minutes. For a quick try only.',
  inCaucus: 'Private meeting (caucus)',
  loading: 'Loading the meeting…',
  dismiss: 'Dismiss',
  practiceTitle: 'Practice meeting',
  practiceHint:
    'A meeting room just for you, with the same device check as in the session. Choose your camera and microphone and click join. Only the secretariat can come in to help.',
  practiceBack: 'Back to the preparation',
  bootNoCredential: 'This page does not know who you are. Open the meeting from the link in your invitation.',
  bootDenied: 'This link is not valid (any more). Ask the mediator for a new invitation.',
  bootNoSession: 'No session was chosen. Open the meeting from the console.',
  bootSecretariat:
    'The secretariat does not take part in the video meeting. The preparation page shows who is ready, and you can help a participant in their practice room.',
  bootStaggered: 'Your part of the meeting begins at {time}. Open this page again then.',
  bootStaggeredLater:
    'Your part of the meeting begins a while after the mediator starts the meeting. Open this page again a little later.',
  bootNetwork: 'The server cannot be reached. Check your internet connection and reload the page.',
  bootFailed: 'The meeting could not be opened. Reload the page.',
  meetingFailed:
    'The video meeting could not be loaded: {domain} does not answer (an outage or a firewall). The mediation sidebar works as usual.',
  retry: 'Try again',
  withoutVideo: 'Continue without video',
  videoOff: 'Without video: the sidebar works as usual.',
  videoOn: 'Try the video again',
  leftHangup: 'You left the meeting.',
  leftKicked: 'You were removed from the meeting.',
  rejoin: 'Rejoin',
  knocking: '{name} is waiting in the lobby and was not recognised as a participant of this session.',
  admit: 'Let in',
  refuse: 'Refuse',
  lobbyLabel: 'Lobby',
  notModerator:
    "Jitsi has not made you moderator: muting, the lobby and letting people in do not work. Check the Jitsi server's token settings.",
  moderatorLost:
    'You are no longer moderator in Jitsi: muting, the lobby and letting people in no longer work.',
  'action.setHand': 'Raising or lowering the hand in Jitsi',
  'action.muteAllExcept': 'Muting everyone but the speaker',
  'action.moveSelf': 'Switching meeting rooms',
  'action.lobby': 'Turning the lobby on',
  'action.leave': 'Leaving the video call',
  'reason.timeout': 'Jitsi did not confirm it. Try again, or do it in Jitsi itself.',
  'reason.detached': 'The meeting is not loaded (any more).',
  'reason.forbidden': 'Only the mediator (moderator) may do this.',
  'reason.unsupported': 'This Jitsi server does not know this command.',
} satisfies Dictionary<string>

export type JitsiKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<JitsiKey> = {
  meeting: 'Vergadering',
  sidebar: 'Mediation',
  collapse: 'Zijbalk inklappen',
  expand: 'Zijbalk uitklappen',
  muteOthers: 'Iedereen behalve de spreker dempen',
  lobbyOn: 'Wachtkamer aan',
  moderatorOnly: 'Alleen voor de mediator (moderator in Jitsi)',
  openMeeting:
    'Deze vergadering draait zonder tokens: iedereen met de kamernaam kan binnenkomen, en wie het eerst komt wordt moderator. Stel JaaS of een token-geheim in.',
  demoLimit: 'meet.jit.si beëindigt ingesloten vergaderingen na 5 minuten. Alleen om te proberen.',
  inCaucus: 'Apart overleg (caucus)',
  loading: 'Vergadering laden…',
  dismiss: 'Sluiten',
  practiceTitle: 'Oefengesprek',
  practiceHint:
    'Een vergaderruimte alleen voor u, met dezelfde apparaatcontrole als bij de sessie. Kies camera en microfoon en klik op deelnemen. Alleen het secretariaat kan erbij komen om te helpen.',
  practiceBack: 'Terug naar de voorbereiding',
  bootNoCredential: 'Deze pagina weet niet wie u bent. Open de vergadering via de link in uw uitnodiging.',
  bootDenied: 'Deze link is niet (meer) geldig. Vraag de mediator om een nieuwe uitnodiging.',
  bootNoSession: 'Er is geen sessie gekozen. Open de vergadering vanuit de console.',
  bootSecretariat:
    'Het secretariaat neemt niet deel aan de videovergadering. Op de voorbereidingspagina ziet u wie klaar is, en kunt u een deelnemer in diens oefenruimte helpen.',
  bootStaggered: 'Uw deel van het gesprek begint om {time}. Open deze pagina dan opnieuw.',
  bootStaggeredLater:
    'Uw deel van het gesprek begint enige tijd nadat de mediator het gesprek is begonnen. Open deze pagina iets later opnieuw.',
  bootNetwork: 'De server is niet bereikbaar. Controleer uw internetverbinding en laad de pagina opnieuw.',
  bootFailed: 'De vergadering kon niet worden geopend. Laad de pagina opnieuw.',
  meetingFailed:
    'De videovergadering kon niet worden geladen: {domain} antwoordt niet (een storing of een firewall). De mediation-zijbalk werkt gewoon.',
  retry: 'Opnieuw proberen',
  withoutVideo: 'Verder zonder video',
  videoOff: 'Zonder video: de zijbalk werkt gewoon.',
  videoOn: 'Video opnieuw proberen',
  leftHangup: 'U hebt de vergadering verlaten.',
  leftKicked: 'U bent uit de vergadering verwijderd.',
  rejoin: 'Opnieuw deelnemen',
  knocking: '{name} wacht in de wachtkamer en is niet herkend als deelnemer aan deze sessie.',
  admit: 'Binnenlaten',
  refuse: 'Weigeren',
  lobbyLabel: 'Wachtkamer',
  notModerator:
    'Jitsi heeft u geen moderatorrechten gegeven: dempen, de wachtkamer en binnenlaten werken niet. Controleer de token-instellingen van de Jitsi-server.',
  moderatorLost:
    'U bent geen moderator meer in Jitsi: dempen, de wachtkamer en binnenlaten werken niet meer.',
  'action.setHand': 'Hand opsteken of laten zakken in Jitsi',
  'action.muteAllExcept': 'Iedereen behalve de spreker dempen',
  'action.moveSelf': 'Van vergaderruimte wisselen',
  'action.lobby': 'De wachtkamer aanzetten',
  'action.leave': 'Het videogesprek verlaten',
  'reason.timeout': 'Jitsi heeft het niet bevestigd. Probeer het opnieuw of doe het in Jitsi zelf.',
  'reason.detached': 'De vergadering is niet (meer) geladen.',
  'reason.forbidden': 'Alleen de mediator (moderator) mag dit.',
  'reason.unsupported': 'Deze Jitsi-server kent dit commando niet.',
}

export type JitsiT = Translate<JitsiKey>

/** The Jitsi page's strings in `lang`. */
export function jitsiText(lang: Language): JitsiT {
  return textIn(lang, { nl, en })
}

const isKey = (key: string): key is JitsiKey => Object.hasOwn(en, key)

/** The text a failure HostEvent carries: what failed and what the person can do. */
export function failureText(lang: Language, action: string, reason: string): string {
  const t = jitsiText(lang)
  const what = isKey(`action.${action}`) ? t(`action.${action}` as JitsiKey) : action
  const why = isKey(`reason.${reason}`) ? t(`reason.${reason}` as JitsiKey) : reason
  return `${what}: ${why}`
}
