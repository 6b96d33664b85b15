/**
 * The clauses of the agreement to mediate (mediationovereenkomst), each with an id and its Dutch and English
 * text; `{name}` marks a value the fill supplies (agreement-fill.ts). Built on the public MfN texts
 * (Mediationreglement, Gedragsregels, Klachtenregeling, Tuchtrechtreglement) and the Raad voor Rechtsbijstand's
 * rules for legal aid; README "Agreement to mediate" lists what a practice checks against its own model.
 * Every promise here is one the software keeps: nothing is recorded, intake answers reach the mediator only,
 * and no clause claims that nobody else can reach the environment.
 */
import type { Bilingual } from './i18n'

export type ClauseSection = 'main' | 'online'

export interface AgreementClause {
  id: string
  section: ClauseSection
  text: Bilingual
}

export const AGREEMENT_CLAUSES: readonly AgreementClause[] = [
  {
    id: 'parties',
    section: 'main',
    text: {
      nl: 'Partijen: {parties}. Mediator: {mediator}, MfN-registermediator, registernummer {register}, {practice}. Onderwerp van de mediation: {matter}.',
      en: 'Parties: {parties}. Mediator: {mediator}, MfN registered mediator, register number {register}, {practice}. Matter of the mediation: {matter}.',
    },
  },
  {
    id: 'mfn-rules',
    section: 'main',
    text: {
      nl: 'Op deze mediation zijn het MfN-Mediationreglement en de MfN-Gedragsregels voor de MfN-registermediator van toepassing, in de versie die geldt op de datum van deze overeenkomst. Partijen verklaren dat zij beide documenten vóór het ondertekenen van deze overeenkomst van de mediator hebben ontvangen en hebben kunnen lezen. Bij strijd tussen deze overeenkomst en het reglement gaat deze overeenkomst voor.',
      en: 'The MfN Mediation Rules (MfN-Mediationreglement) and the MfN Code of Conduct for the MfN registered mediator (MfN-Gedragsregels) apply to this mediation, in the version in force on the date of this agreement. The parties declare that they received both documents from the mediator before signing this agreement and were able to read them. Where this agreement and the rules differ, this agreement prevails.',
    },
  },
  {
    id: 'independence',
    section: 'main',
    text: {
      nl: 'De mediator is onafhankelijk en onpartijdig. De mediator beslist niet over het geschil en geeft partijen geen juridisch advies, maar begeleidt hen bij het zoeken naar een oplossing. Ziet de mediator een belang of relatie die de onafhankelijkheid raakt, dan meldt de mediator dat direct.',
      en: 'The mediator is independent and impartial. The mediator does not decide the dispute and gives the parties no legal advice, but helps them look for a solution. Should the mediator see an interest or relationship that affects the independence, the mediator says so at once.',
    },
  },
  {
    id: 'voluntary',
    section: 'main',
    text: {
      nl: 'Deelname is vrijwillig. Zowel iedere partij als de mediator kan de mediation op elk moment beëindigen, zonder opgaaf van redenen.',
      en: 'Taking part is voluntary. Each party and the mediator may end the mediation at any time, without giving reasons.',
    },
  },
  {
    id: 'confidentiality',
    section: 'main',
    text: {
      nl: 'Alles wat in de mediation wordt besproken, geschreven of getoond is vertrouwelijk, ook wat in de intake is gezegd of ingevuld. Die geheimhouding geldt voor partijen, de mediator en ieder ander die bij de mediation aanwezig is, en blijft gelden nadat de mediation is geëindigd.',
      en: 'Everything discussed, written or shown in the mediation is confidential, including what was said or filled in at the intake. This confidentiality binds the parties, the mediator and everyone else present at the mediation, and continues after the mediation has ended.',
    },
  },
  {
    id: 'caucus',
    section: 'main',
    text: {
      nl: 'Wat een partij de mediator in apart overleg vertelt, deelt de mediator alleen met de ander als die partij daar uitdrukkelijk toestemming voor geeft.',
      en: 'What a party tells the mediator in a caucus, the mediator shares with the other only when that party explicitly allows it.',
    },
  },
  {
    id: 'third-parties',
    section: 'main',
    text: {
      nl: 'Adviseurs en anderen die met instemming van partijen en de mediator bij de mediation aanwezig zijn, ondertekenen vooraf een geheimhoudingsverklaring met dezelfde verplichtingen als in deze overeenkomst.',
      en: 'Advisers and others present at the mediation with the consent of the parties and the mediator sign a confidentiality statement beforehand, with the same obligations as in this agreement.',
    },
  },
  {
    id: 'no-witness',
    section: 'main',
    text: {
      nl: 'Partijen zullen de mediator niet als getuige of deskundige oproepen in een procedure over het onderwerp van de mediation of iets wat daarmee samenhangt, en zullen wat in de mediation is gezegd, geschreven of getoond niet als bewijs gebruiken. Deze afspraak is een bewijsovereenkomst.',
      en: 'The parties will not call the mediator as a witness or expert in any proceedings about the matter of the mediation or anything connected with it, and will not use what was said, written or shown in the mediation as evidence. This arrangement is an agreement on evidence (bewijsovereenkomst).',
    },
  },
  {
    id: 'exceptions',
    section: 'main',
    text: {
      nl: 'De geheimhouding geldt niet voor zover de wet de mediator tot melden of spreken verplicht, voor zover dat nodig is om de veiligheid van een persoon te beschermen (bijvoorbeeld bij huiselijk geweld of kindermishandeling), voor zover de mediator zich moet kunnen verweren in een klacht- of tuchtprocedure, en voor zover partijen samen schriftelijk anders afspreken.',
      en: "Confidentiality does not apply so far as the law obliges the mediator to report or to speak, so far as that is needed to protect a person's safety (for example in domestic violence or child abuse), so far as the mediator must be able to defend against a complaint or disciplinary case, and so far as the parties jointly agree otherwise in writing.",
    },
  },
  {
    id: 'inform',
    section: 'main',
    text: {
      nl: 'Partijen geven elkaar en de mediator tijdig de informatie die nodig is om tot een goede afspraak te komen, volledig en naar waarheid (informatieplicht).',
      en: 'The parties give each other and the mediator in good time the information needed to reach a sound agreement, completely and truthfully (duty to inform).',
    },
  },
  {
    id: 'advisers',
    section: 'main',
    text: {
      nl: 'Iedere partij kan zich laten bijstaan door een eigen adviseur, zoals een advocaat. Een adviseur neemt alleen aan een gesprek deel als de andere partij en de mediator dat vooraf weten. Partijen wordt aangeraden een ontwerp van de vaststellingsovereenkomst door een eigen adviseur te laten nakijken.',
      en: 'Each party may be assisted by an adviser of its own, such as a lawyer. An adviser takes part in a meeting only when the other party and the mediator know beforehand. The parties are advised to have a draft settlement agreement checked by an adviser of their own.',
    },
  },
  {
    id: 'settlement',
    section: 'main',
    text: {
      nl: 'Afspraken zijn pas bindend als zij in een vaststellingsovereenkomst zijn vastgelegd en door alle partijen zijn ondertekend.',
      en: 'Agreements bind only once they are written down in a settlement agreement (vaststellingsovereenkomst) signed by all parties.',
    },
  },
  {
    id: 'costs',
    section: 'main',
    text: {
      nl: 'Het tarief van de mediator is {rate}, voor de gesprekken en voor de tijd voor voorbereiding, telefoongesprekken en het opstellen van stukken. {split} Afzeggen of verplaatsen van een gesprek: {cancellation}',
      en: "The mediator's rate is {rate}, for the meetings and for the time spent on preparation, phone calls and drafting documents. {split} Cancelling or moving a meeting: {cancellation}",
    },
  },
  {
    id: 'legal-aid',
    section: 'main',
    text: {
      nl: 'Heeft een partij recht op gesubsidieerde rechtsbijstand, dan vraagt de mediator vóór het eerste gesprek een toevoeging aan bij de Raad voor Rechtsbijstand. De Raad betaalt dan het deel van de kosten van die partij; die partij betaalt zelf alleen de eigen bijdrage die op de toevoeging staat. Wordt de toevoeging niet verleend, dan betaalt die partij haar deel zelf volgens het tarief hierboven, tenzij partijen de mediation dan beëindigen.',
      en: "If a party is entitled to subsidised legal aid, the mediator applies to the Legal Aid Board (Raad voor Rechtsbijstand) for a legal aid certificate (toevoeging) before the first meeting. The Board then pays that party's share of the costs; that party pays only the personal contribution (eigen bijdrage) stated on the certificate. If the certificate is refused, that party pays its share itself at the rate above, unless the parties then end the mediation.",
    },
  },
  {
    id: 'ending',
    section: 'main',
    text: {
      nl: 'De mediation eindigt als partijen een vaststellingsovereenkomst ondertekenen, als een partij of de mediator de mediation beëindigt, of als de mediator vaststelt dat voortzetten niet zinvol is. De mediator bevestigt het einde van de mediation schriftelijk en gedateerd aan alle partijen.',
      en: 'The mediation ends when the parties sign a settlement agreement, when a party or the mediator ends the mediation, or when the mediator finds that continuing serves no purpose. The mediator confirms the ending of the mediation to all parties in writing, with its date.',
    },
  },
  {
    id: 'complaints',
    section: 'main',
    text: {
      nl: 'Een partij die niet tevreden is over de mediator, bespreekt dat bij voorkeur eerst met de mediator. Daarna kan de partij een klacht indienen volgens de MfN-Klachtenregeling; de mediator is onderworpen aan het tuchtrecht van de MfN (MfN-Tuchtrechtreglement). Een klacht of tuchtklacht moet worden ingediend binnen twaalf maanden na het einde van de mediation.',
      en: 'A party who is not satisfied with the mediator preferably discusses it with the mediator first. The party may then file a complaint under the MfN Complaints Procedure (MfN-Klachtenregeling); the mediator is subject to the MfN disciplinary rules (MfN-Tuchtrechtreglement). A complaint or disciplinary complaint must be filed within twelve months after the mediation has ended.',
    },
  },
  {
    id: 'privacy',
    section: 'main',
    text: {
      nl: '{practice} is verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG) voor de persoonsgegevens in het dossier: namen en contactgegevens, de antwoorden op de intakevragen, de spelregels, deze overeenkomst met de ondertekeningen, de aantekeningen en de vastgelegde afspraken. Er worden geen beeld- of geluidsopnamen bewaard. Het dossier wordt {retention} na het einde van de mediation bewaard en daarna vernietigd. Iedere partij heeft recht op inzage in en correctie van haar gegevens, en op verwijdering voor zover de bewaarplicht dat toelaat, en kan een klacht indienen bij de Autoriteit Persoonsgegevens.',
      en: '{practice} is the controller under the General Data Protection Regulation (GDPR, AVG) of the personal data in the file: names and contact details, the answers to the intake questions, the ground rules, this agreement with its signatures, the notes and the recorded agreements. No video or sound recordings are kept. The file is kept for {retention} after the mediation has ended and then destroyed. Each party has the right to see and correct its data, and to have it erased so far as the duty to keep it allows, and may complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).',
    },
  },
  {
    id: 'online-platform',
    section: 'online',
    text: {
      nl: 'De online gesprekken vinden plaats via {platform}. Voorwaarden van het platform: {platformTerms} De intake, de spelregels, deze overeenkomst en de vastgelegde afspraken staan op de server van de praktijk van de mediator. Geen enkele internetverbinding is volledig veilig: de mediator kan niet uitsluiten dat aan de kant van een deelnemer iemand meekijkt of meeluistert. Iedere deelnemer zorgt zelf voor een eigen, beveiligd apparaat.',
      en: "The online meetings take place through {platform}. Terms of the platform: {platformTerms} The intake, the ground rules, this agreement and the recorded agreements are kept on the server of the mediator's practice. No internet connection is completely secure: the mediator cannot rule out that someone watches or listens in on a participant's side. Each participant uses a device of their own and keeps it secure.",
    },
  },
  {
    id: 'online-identity',
    section: 'online',
    text: {
      nl: 'Bij het eerste online gesprek laat iedere deelnemer zich op beeld zien en toont desgevraagd een geldig identiteitsbewijs voor de camera, met het burgerservicenummer (BSN) afgedekt. De mediator maakt daarvan geen kopie en geen schermafbeelding.',
      en: 'At the first online meeting each participant appears on camera and, when asked, holds a valid identity document up to the camera with the citizen service number (BSN) covered. The mediator makes no copy and no screenshot of it.',
    },
  },
  {
    id: 'online-recording',
    section: 'online',
    text: {
      nl: 'Niemand maakt opnamen van beeld of geluid, ook niet met een tweede apparaat zoals een telefoon, en niemand maakt schermafbeeldingen of bewaart chatberichten. Niemand gebruikt hulpmiddelen die een gesprek opnemen, uitschrijven of samenvatten, zoals AI-notulisten of transcriptiediensten; ook de mediator niet. Spraakassistenten en meldingen gaan uit.',
      en: 'Nobody records image or sound, also not with a second device such as a phone, and nobody takes screenshots or keeps chat messages. Nobody uses tools that record, transcribe or summarise a meeting, such as AI note-takers or transcription services; neither does the mediator. Voice assistants and notifications are switched off.',
    },
  },
  {
    id: 'online-room',
    section: 'online',
    text: {
      nl: 'Iedere deelnemer zit tijdens de gesprekken in een rustige, afgesloten ruimte waar niemand anders is of kan meeluisteren. Is er toch iemand aanwezig of binnen gehoorsafstand, dan zegt de deelnemer dat aan het begin van het gesprek en wie dat is; die persoon blijft alleen als de anderen en de mediator daarmee instemmen, en ondertekent dan een geheimhoudingsverklaring. Zijn er kinderen in huis, dan meldt de deelnemer dat en wie op hen let.',
      en: 'During the meetings each participant sits in a quiet, closed room where nobody else is or can overhear. Should someone be present or within earshot after all, the participant says so at the start of the meeting and who it is; that person stays only when the others and the mediator agree, and then signs a confidentiality statement. If there are children in the house, the participant says so and who is looking after them.',
    },
  },
  {
    id: 'online-dropout',
    section: 'online',
    text: {
      nl: 'Valt de verbinding van een deelnemer weg, dan onderbreekt de mediator het gesprek; er wordt niet verder over de zaak gesproken tot die deelnemer terug is. De deelnemer komt terug via dezelfde uitnodigingslink; lukt dat niet binnen enkele minuten, dan belt de mediator het mobiele nummer dat de deelnemer bij de intake heeft opgegeven. De mediator kan een gesprek op elk moment onderbreken, telefonisch voortzetten of verplaatsen.',
      en: "If a participant's connection drops, the mediator pauses the meeting; the matter is not discussed further until that participant is back. The participant returns through the same invitation link; if that fails within a few minutes, the mediator phones the mobile number the participant gave at the intake. The mediator may pause a meeting at any time, continue it by phone or move it.",
    },
  },
  {
    id: 'signing',
    section: 'online',
    text: {
      nl: 'Opgemaakt op {date}. Ieder die hieronder elektronisch ondertekent, verklaart deze overeenkomst te hebben gelezen en ermee in te stemmen; adviseurs en andere aanwezigen ondertekenen haar als geheimhoudingsverklaring.',
      en: 'Drawn up on {date}. Everyone who signs below electronically declares to have read this agreement and to agree to it; advisers and others present sign it as their confidentiality statement.',
    },
  },
]

/** Every clause id, in the order the agreement prints them. */
export const AGREEMENT_CLAUSE_IDS: readonly string[] = AGREEMENT_CLAUSES.map((c) => c.id)
