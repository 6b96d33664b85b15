/**
 * The intake questions that prepare the case: the matter, proceedings or a court referral, advisers, authority
 * to decide, funding, the mobile number the mediator calls, and for family cases children, living together and
 * a parenting plan. Only the mediator and the participant who answers see the answers (PREP-1).
 */
import type { Bilingual } from './i18n'
import type { IntakeQuestion } from './intake'

const yes = (questionId: string) => ({ questionId, answer: 'yes' })
const family = { questionId: 'matterField', answer: 'family' }

const MOBILE_PURPOSE: Bilingual = {
  nl: 'Waarom we dit vragen: valt de verbinding weg en lukt terugkomen niet, dan belt de mediator u op dit nummer (zo staat het in de mediationovereenkomst). Alleen de mediator ziet het nummer.',
  en: 'Why we ask: if the connection drops and you cannot get back in, the mediator calls you on this number (as the agreement to mediate says). Only the mediator sees the number.',
}

const LIVING_TOGETHER_NOTE: Bilingual = {
  nl: 'Let op: woont u nog samen, dan is apart overleg met de mediator thuis niet vertrouwelijk als de ander in huis is en kan meeluisteren. Bespreek met de mediator hoe u dan deelneemt, bijvoorbeeld vanaf een andere plek of op een moment dat u alleen thuis bent.',
  en: 'Please note: if you still live together, a caucus with the mediator at home is not confidential while the other is in the house and can overhear. Discuss with the mediator how you will take part, for example from another place or at a time you are home alone.',
}

/** A fresh copy of the case questions (asked first in the default intake). */
export function caseQuestions(): IntakeQuestion[] {
  return [
    {
      id: 'matterField',
      kind: 'choice',
      required: true,
      label: { nl: 'Waar gaat de mediation over?', en: 'What is the mediation about?' },
      options: [
        {
          id: 'family',
          label: { nl: 'Scheiding, kinderen of familie', en: 'Separation, children or family' },
        },
        { id: 'work', label: { nl: 'Werk (arbeidsconflict)', en: 'Work (employment dispute)' } },
        { id: 'neighbours', label: { nl: 'Buren of wonen', en: 'Neighbours or housing' } },
        { id: 'business', label: { nl: 'Zakelijk of een contract', en: 'Business or a contract' } },
        { id: 'other', label: { nl: 'Iets anders', en: 'Something else' } },
      ],
    },
    {
      id: 'matter',
      kind: 'text',
      required: true,
      label: {
        nl: 'Waar gaat het geschil in een paar zinnen over, zoals u het ziet?',
        en: 'In a few sentences, what is the dispute about as you see it?',
      },
    },
    {
      id: 'proceedings',
      kind: 'yesno',
      required: true,
      label: {
        nl: 'Loopt er over deze kwestie al een procedure, bij de rechter of bij een andere instantie?',
        en: 'Are there proceedings about this matter already, in court or before another body?',
      },
    },
    {
      id: 'proceedingsDetails',
      kind: 'text',
      required: false,
      showIf: yes('proceedings'),
      label: {
        nl: 'Welke procedure, bij welke instantie, en wanneer is de volgende zitting of termijn? Noem zo mogelijk het zaaknummer.',
        en: 'Which proceedings, before which body, and when is the next hearing or deadline? Give the case number if you can.',
      },
    },
    {
      id: 'referral',
      kind: 'yesno',
      required: true,
      label: {
        nl: 'Bent u door de rechter naar mediation verwezen (verwijzing)?',
        en: 'Did a court refer you to mediation (referral)?',
      },
    },
    {
      id: 'adviser',
      kind: 'text',
      required: false,
      label: {
        nl: 'Hebt u een advocaat of een andere adviseur? Zo ja: wie, en neemt die deel aan de gesprekken?',
        en: 'Do you have a lawyer or another adviser? If so: who, and will they take part in the meetings?',
      },
    },
    {
      id: 'forOrganisation',
      kind: 'yesno',
      required: true,
      label: {
        nl: 'Neemt u deel namens een organisatie (bijvoorbeeld als werkgever of bedrijf)?',
        en: 'Do you take part on behalf of an organisation (for example as employer or company)?',
      },
    },
    {
      id: 'authority',
      kind: 'yesno',
      required: true,
      showIf: yes('forOrganisation'),
      label: {
        nl: 'Mag u namens de organisatie een regeling afspreken en ondertekenen (beslissingsbevoegdheid)?',
        en: 'May you agree and sign a settlement on behalf of the organisation (authority to decide)?',
      },
    },
    {
      id: 'funding',
      kind: 'choice',
      required: true,
      label: {
        nl: 'Hoe wordt uw deel van de kosten betaald?',
        en: 'How will your share of the costs be paid?',
      },
      options: [
        { id: 'self', label: { nl: 'Ik betaal zelf', en: 'I pay myself' } },
        {
          id: 'legalAid',
          label: {
            nl: 'Met een toevoeging van de Raad voor Rechtsbijstand',
            en: 'With a legal aid certificate (toevoeging) from the Legal Aid Board',
          },
        },
        {
          id: 'insurer',
          label: { nl: 'Door mijn rechtsbijstandsverzekeraar', en: 'By my legal expenses insurer' },
        },
        { id: 'employer', label: { nl: 'Mijn werkgever betaalt', en: 'My employer pays' } },
        { id: 'unsure', label: { nl: 'Weet ik nog niet', en: 'I do not know yet' } },
      ],
    },
    {
      id: 'legalAidNumber',
      kind: 'text',
      required: false,
      showIf: { questionId: 'funding', answer: 'legalAid' },
      label: {
        nl: 'Nummer van de toevoeging, als u dat al hebt (anders vraagt de mediator de toevoeging aan)',
        en: 'The legal aid certificate number, if you have one already (otherwise the mediator applies for it)',
      },
    },
    {
      id: 'insurerFile',
      kind: 'text',
      required: true,
      showIf: { questionId: 'funding', answer: 'insurer' },
      label: {
        nl: 'Naam van de rechtsbijstandsverzekeraar en uw dossiernummer daar',
        en: 'Name of the legal expenses insurer and your file number with them',
      },
    },
    {
      id: 'mobile',
      kind: 'phone',
      required: true,
      purpose: MOBILE_PURPOSE,
      label: {
        nl: 'Op welk mobiel nummer kan de mediator u bellen?',
        en: 'Which mobile number can the mediator call you on?',
      },
    },
    {
      id: 'children',
      kind: 'text',
      required: true,
      showIf: family,
      label: {
        nl: 'Hebt u (samen) kinderen? Zo ja: hoeveel, en hoe oud zijn zij?',
        en: 'Do you have children (together)? If so: how many, and how old are they?',
      },
    },
    {
      id: 'livingTogether',
      kind: 'yesno',
      required: true,
      showIf: family,
      notice: { answer: 'yes', text: LIVING_TOGETHER_NOTE },
      label: {
        nl: 'Woont u nog samen met de andere partij?',
        en: 'Do you still live together with the other party?',
      },
    },
    {
      id: 'parentingPlan',
      kind: 'choice',
      required: true,
      showIf: family,
      label: {
        nl: 'Moet er een ouderschapsplan worden gemaakt?',
        en: 'Does a parenting plan need to be made?',
      },
      options: [
        { id: 'yes', label: { nl: 'Ja', en: 'Yes' } },
        { id: 'no', label: { nl: 'Nee', en: 'No' } },
        { id: 'unsure', label: { nl: 'Weet ik niet', en: 'I do not know' } },
      ],
    },
  ]
}
