/**
 * Default texts of the agreement to mediate with its online addendum (after the MfN model and the clauses
 * online-mediation guidance lists: only signatories present, no recording, notifications off, security not 100%).
 * The mediator edits the text per session; a signature binds to the hash of the exact text.
 */
import type { Language } from '../domain/types'

const NL = `Overeenkomst tot mediation

1. Partijen willen met hulp van de mediator proberen hun geschil in onderling overleg op te lossen. Deelname is vrijwillig; ieder van hen en de mediator kan de mediation op elk moment beëindigen.

2. De mediator is onafhankelijk en neutraal. De mediator beslist niet over het geschil, maar begeleidt het gesprek. De mediator werkt volgens het reglement en de gedragsregels van de Mediatorsfederatie Nederland (MfN-register).

3. Alles wat in de mediation wordt besproken of uitgewisseld is vertrouwelijk. Partijen zullen de mediator niet als getuige oproepen en zullen wat in de mediation is gezegd niet gebruiken in een procedure, tenzij zij daar samen schriftelijk mee instemmen.

4. Wat een partij de mediator in een apart gesprek vertelt, deelt de mediator alleen met de ander als die partij daar uitdrukkelijk toestemming voor geeft.

5. Afspraken zijn pas bindend als zij in een vaststellingsovereenkomst zijn vastgelegd en door alle partijen zijn ondertekend.

6. De kosten van de mediator (uurtarief volgens opgave) en de eenmalige platformkosten worden door partijen gedragen in de verhouding die zij vooraf afspreken.

Aanvulling voor online mediation

7. Ik neem deel vanuit een afgesloten ruimte waar ik alleen ben en niemand kan meeluisteren, tenzij de mediator en de andere partijen vooraf instemmen met de aanwezigheid van een ander. Zijn er kinderen in de buurt, dan meld ik dat en wie op hen let.

8. Ik maak geen opnamen van beeld of geluid, geen schermafbeeldingen en bewaar of verspreid geen chatberichten. Spraakassistenten en meldingen zet ik uit.

9. Mijn camera staat aan tijdens de gezamenlijke gesprekken. Ik zet mijn microfoon uit als ik niet spreek en laat iedereen uitspreken.

10. Valt de verbinding weg, dan keer ik terug via dezelfde uitnodigingslink; lukt dat niet, dan belt de mediator mij.

11. Ik begrijp dat geen enkele internetverbinding volledig veilig is. De mediator gebruikt een beveiligde omgeving die alleen voor de mediator en de partijen toegankelijk is.
`

const EN = `Agreement to mediate

1. The parties wish to try to resolve their dispute by mutual consent with the help of the mediator. Taking part is voluntary; each of them and the mediator may end the mediation at any time.

2. The mediator is independent and impartial. The mediator does not decide the dispute but guides the conversation. The mediator works under the rules and code of conduct of the Dutch Mediators Federation (MfN register).

3. Everything discussed or exchanged in the mediation is confidential. The parties will not call the mediator as a witness and will not use what was said in the mediation in any proceedings, unless they jointly agree to that in writing.

4. What a party tells the mediator in a separate conversation, the mediator shares with the other only when that party explicitly allows it.

5. Agreements bind only once they are written down in a settlement agreement signed by all parties.

6. The mediator's fees (hourly rate as quoted) and the one-time platform fee are borne by the parties in the proportion they agree beforehand.

Addendum for online mediation

7. I take part from a closed room where I am alone and nobody can overhear me, unless the mediator and the other parties agree beforehand to someone else being present. If children are nearby, I say so and who is looking after them.

8. I make no recordings of image or sound, no screenshots, and I do not keep or pass on chat messages. I switch off voice assistants and notifications.

9. My camera is on during joint sessions. I mute my microphone when I am not speaking and let everyone finish.

10. If the connection drops, I return through the same invitation link; if that fails, the mediator will phone me.

11. I understand that no internet connection is completely secure. The mediator uses a protected environment that only the mediator and the parties can reach.
`

// Content the mediator edits, one text per language (not product wording: no translate keys).
const TEMPLATES: Record<Language, string> = { nl: NL, en: EN }

/** The default agreement-to-mediate text in `lang`. */
export function defaultAgreementText(lang: Language): string {
  return TEMPLATES[lang]
}

/** The longest text the mediator may save (a generous page count; bigger would not fit a receipt). */
export const MAX_AGREEMENT_LENGTH = 40_000
