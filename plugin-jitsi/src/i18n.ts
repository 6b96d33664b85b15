/** The Jitsi page's own strings, in Dutch and English. */
import type { Language } from '@mediation/protocol'

const ACTIONS: Record<string, Record<Language, string>> = {
  setHand: { nl: 'Hand opsteken of laten zakken in Jitsi', en: 'Raising or lowering the hand in Jitsi' },
  muteAllExcept: { nl: 'Iedereen behalve de spreker dempen', en: 'Muting everyone but the speaker' },
  moveSelf: { nl: 'Van vergaderruimte wisselen', en: 'Switching meeting rooms' },
  lobby: { nl: 'De wachtkamer aanzetten', en: 'Turning the lobby on' },
}

const REASONS: Record<string, Record<Language, string>> = {
  timeout: {
    nl: 'Jitsi heeft het niet bevestigd. Probeer het opnieuw of doe het in Jitsi zelf.',
    en: 'Jitsi did not confirm it. Try again, or do it in Jitsi itself.',
  },
  detached: { nl: 'De vergadering is niet (meer) geladen.', en: 'The meeting is not loaded (any more).' },
  forbidden: {
    nl: 'Alleen de mediator (moderator) mag dit.',
    en: 'Only the mediator (moderator) may do this.',
  },
  unsupported: {
    nl: 'Deze Jitsi-server kent dit commando niet.',
    en: 'This Jitsi server does not know this command.',
  },
}

/** The text a failure HostEvent carries: what failed and what the person can do. */
export function failureText(lang: Language, action: string, reason: string): string {
  const what = ACTIONS[action]?.[lang] ?? action
  const why = REASONS[reason]?.[lang] ?? reason
  return `${what}: ${why}`
}

export const TEXT = {
  nl: {
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
  },
  en: {
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
    bootNoCredential:
      'This page does not know who you are. Open the meeting from the link in your invitation.',
    bootDenied: 'This link is not valid (any more). Ask the mediator for a new invitation.',
    bootNoSession: 'No session was chosen. Open the meeting from the console.',
    bootSecretariat:
      'The secretariat does not take part in the video meeting. The preparation page shows who is ready, and you can help a participant in their practice room.',
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
  },
} satisfies Record<Language, Record<string, string>>
