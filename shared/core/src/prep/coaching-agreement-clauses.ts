/**
 * The clauses of the coaching agreement (coachingovereenkomst): one client, one coach, no dispute to settle.
 * Same shape and placeholders as the agreement to mediate (agreement-clauses.ts), filled by agreement-fill.ts
 * with `{client}`, `{coach}`, the practice's costs and terms and the date. Every promise here is one the software
 * keeps: nothing is recorded, the intake and the plan reach the coach and the client only.
 */
import type { AgreementClause } from './agreement-clauses'

export const COACHING_AGREEMENT_CLAUSES: readonly AgreementClause[] = [
  {
    id: 'parties',
    section: 'main',
    text: {
      nl: 'Cliënt: {client}. Coach: {coach}, {practice}. Onderwerp van de coaching: {matter}.',
      en: 'Client: {client}. Coach: {coach}, {practice}. Subject of the coaching: {matter}.',
    },
  },
  {
    id: 'role',
    section: 'main',
    text: {
      nl: 'De coach begeleidt de cliënt bij het werken aan de doelen die zij samen vaststellen. De coach beslist niets voor de cliënt: de cliënt blijft zelf verantwoordelijk voor de eigen keuzes en wat daaruit volgt. Coaching is geen therapie en geen medische, psychologische of juridische behandeling of advies. Ziet de coach dat de cliënt andere hulp nodig heeft, dan zegt de coach dat en kan de coach doorverwijzen.',
      en: "The coach supports the client in working on the goals they set together. The coach decides nothing for the client: the client remains responsible for the client's own choices and what follows from them. Coaching is not therapy, nor medical, psychological or legal treatment or advice. Should the coach see that the client needs other help, the coach says so and may refer the client on.",
    },
  },
  {
    id: 'voluntary',
    section: 'main',
    text: {
      nl: 'Deelname is vrijwillig. De cliënt en de coach kunnen de coaching ieder op elk moment beëindigen, zonder opgaaf van redenen.',
      en: 'Taking part is voluntary. The client and the coach may each end the coaching at any time, without giving reasons.',
    },
  },
  {
    id: 'confidentiality',
    section: 'main',
    text: {
      nl: 'Alles wat in de coaching wordt besproken, geschreven of getoond is vertrouwelijk, ook wat in de intake is gezegd of ingevuld en wat in het coachingsplan staat (doelen, actiepunten, tips en huiswerk). De coach deelt daar niets van met anderen zonder uitdrukkelijke toestemming van de cliënt. De geheimhouding blijft gelden nadat de coaching is geëindigd.',
      en: 'Everything discussed, written or shown in the coaching is confidential, including what was said or filled in at the intake and what the coaching plan holds (goals, action points, tips and homework). The coach shares none of it with others without the client’s explicit consent. Confidentiality continues after the coaching has ended.',
    },
  },
  {
    id: 'limits',
    section: 'main',
    text: {
      nl: 'De geheimhouding geldt niet voor zover de wet de coach tot melden of spreken verplicht, voor zover dat nodig is om de veiligheid van de cliënt of een ander te beschermen (bijvoorbeeld bij acuut gevaar, huiselijk geweld of kindermishandeling; waar het kan, bespreekt de coach dat eerst met de cliënt), en voor zover de coach zich moet kunnen verweren in een klachtprocedure. De coach kan de gesprekken bespreken in intervisie of supervisie, zonder de naam of andere herkenbare gegevens van de cliënt.',
      en: "Confidentiality does not apply so far as the law obliges the coach to report or to speak, so far as that is needed to protect the safety of the client or someone else (for example in acute danger, domestic violence or child abuse; where possible, the coach first discusses it with the client), and so far as the coach must be able to defend against a complaint. The coach may discuss the sessions in peer review or supervision, without the client's name or other details by which the client can be recognised.",
    },
  },
  {
    id: 'sponsor',
    section: 'main',
    text: {
      nl: 'Betaalt een werkgever of een andere opdrachtgever de coaching, dan hoort die van de coach alleen dát de coaching plaatsvindt en hoeveel gesprekken er zijn geweest. Meer deelt de coach alleen met schriftelijke toestemming van de cliënt, en een gesprek met de opdrachtgever erbij vindt alleen plaats als de cliënt dat wil.',
      en: 'If an employer or another sponsor pays for the coaching, the coach tells that sponsor only that the coaching takes place and how many sessions were held. The coach shares more only with the client’s written consent, and a meeting with the sponsor present takes place only if the client wants it.',
    },
  },
  {
    id: 'plan',
    section: 'main',
    text: {
      nl: 'De coach schrijft de doelen, actiepunten (met een datum waar dat helpt) en tips of huiswerk op in het coachingsplan. De cliënt ziet het plan tussen de gesprekken op de eigen uitnodigingspagina en vinkt af wat gedaan is. Actiepunten zijn voorstellen: de cliënt bepaalt zelf wat hij of zij ermee doet.',
      en: 'The coach writes the goals, action points (with a date where that helps) and tips or homework in the coaching plan. The client sees the plan between sessions on the client’s own invitation page and ticks off what is done. Action points are suggestions: the client decides what to do with them.',
    },
  },
  {
    id: 'costs',
    section: 'main',
    text: {
      nl: 'Het tarief van de coach is {rate}, voor de gesprekken en voor de tijd voor voorbereiding en verslaglegging. {split} Afzeggen of verplaatsen van een gesprek: {cancellation}',
      en: "The coach's rate is {rate}, for the sessions and for the time spent on preparation and writing up. {split} Cancelling or moving a session: {cancellation}",
    },
  },
  {
    id: 'ending',
    section: 'main',
    text: {
      nl: 'De coaching eindigt als de afgesproken gesprekken zijn gehouden, als de cliënt of de coach de coaching beëindigt, of als de coach vaststelt dat voortzetten de cliënt niet verder helpt. De coach bevestigt het einde van de coaching schriftelijk en gedateerd aan de cliënt.',
      en: 'The coaching ends when the agreed sessions have been held, when the client or the coach ends the coaching, or when the coach finds that continuing no longer helps the client. The coach confirms the ending of the coaching to the client in writing, with its date.',
    },
  },
  {
    id: 'complaints',
    section: 'main',
    text: {
      nl: 'Is de cliënt niet tevreden over de coach, dan bespreekt de cliënt dat bij voorkeur eerst met de coach. Daarna kan de cliënt een klacht indienen volgens de klachtenregeling van {practice}.',
      en: "A client who is not satisfied with the coach preferably discusses it with the coach first. The client may then file a complaint under {practice}'s complaints procedure.",
    },
  },
  {
    id: 'privacy',
    section: 'main',
    text: {
      nl: '{practice} is verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG) voor de persoonsgegevens in het dossier: naam en contactgegevens, de antwoorden op de intakevragen, de spelregels, deze overeenkomst met de ondertekening, de aantekeningen en het coachingsplan. Er worden geen beeld- of geluidsopnamen bewaard. Het dossier wordt {retention} na het einde van de coaching bewaard en daarna vernietigd. De cliënt heeft recht op inzage in en correctie van de eigen gegevens, en op verwijdering voor zover de bewaarplicht dat toelaat, en kan een klacht indienen bij de Autoriteit Persoonsgegevens.',
      en: "{practice} is the controller under the General Data Protection Regulation (GDPR, AVG) of the personal data in the file: name and contact details, the answers to the intake questions, the ground rules, this agreement with its signature, the notes and the coaching plan. No video or sound recordings are kept. The file is kept for {retention} after the coaching has ended and then destroyed. The client has the right to see and correct the client's own data, and to have it erased so far as the duty to keep it allows, and may complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).",
    },
  },
  {
    id: 'online-platform',
    section: 'online',
    text: {
      nl: 'De online gesprekken vinden plaats via {platform}. Voorwaarden van het platform: {platformTerms} De intake, de spelregels, deze overeenkomst en het coachingsplan staan op de server van de praktijk van de coach. Geen enkele internetverbinding is volledig veilig: de coach kan niet uitsluiten dat bij de cliënt iemand meekijkt of meeluistert. De cliënt en de coach gebruiken ieder een eigen apparaat en houden het beveiligd.',
      en: "The online sessions take place through {platform}. Terms of the platform: {platformTerms} The intake, the ground rules, this agreement and the coaching plan are kept on the server of the coach's practice. No internet connection is completely secure: the coach cannot rule out that someone watches or listens in where the client is. The client and the coach each use a device of their own and keep it secure.",
    },
  },
  {
    id: 'online-recording',
    section: 'online',
    text: {
      nl: 'Niemand maakt opnamen van beeld of geluid, ook niet met een tweede apparaat zoals een telefoon, en niemand maakt schermafbeeldingen. Niemand gebruikt hulpmiddelen die een gesprek opnemen, uitschrijven of samenvatten, zoals AI-notulisten of transcriptiediensten; ook de coach niet.',
      en: 'Nobody records image or sound, also not with a second device such as a phone, and nobody takes screenshots. Nobody uses tools that record, transcribe or summarise a session, such as AI note-takers or transcription services; neither does the coach.',
    },
  },
  {
    id: 'online-room',
    section: 'online',
    text: {
      nl: 'De cliënt en de coach zitten tijdens de gesprekken in een rustige ruimte waar niemand anders kan meeluisteren. Is er toch iemand binnen gehoorsafstand, dan zeggen zij dat aan het begin van het gesprek.',
      en: 'During the sessions the client and the coach each sit in a quiet room where nobody else can overhear. Should someone be within earshot after all, they say so at the start of the session.',
    },
  },
  {
    id: 'online-dropout',
    section: 'online',
    text: {
      nl: 'Valt de verbinding weg, dan komt de cliënt terug via dezelfde uitnodigingslink; lukt dat niet binnen enkele minuten, dan belt de coach het mobiele nummer dat de cliënt bij de intake heeft opgegeven, of zij spreken een nieuw moment af.',
      en: 'If the connection drops, the client returns through the same invitation link; if that fails within a few minutes, the coach phones the mobile number the client gave at the intake, or they agree on a new time.',
    },
  },
  {
    id: 'signing',
    section: 'online',
    text: {
      nl: 'Opgemaakt op {date}. Door hieronder elektronisch te ondertekenen verklaart de cliënt deze overeenkomst te hebben gelezen en ermee in te stemmen.',
      en: 'Drawn up on {date}. By signing below electronically the client declares to have read this agreement and to agree to it.',
    },
  },
]

/** Every clause id of the coaching agreement, in the order it prints them. */
export const COACHING_AGREEMENT_CLAUSE_IDS: readonly string[] = COACHING_AGREEMENT_CLAUSES.map((c) => c.id)
