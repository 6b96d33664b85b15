/** Dutch words of the agreement's kind and fields (SIGN-9..12), a chunk of their own (i18n.ts). */
import type { AgreementWordsKey } from './en'

export const nlAgreement: Record<AgreementWordsKey, string> = {
  'agreement.kind': 'Soort document',
  'agreement.kind.settlement': 'Vaststellingsovereenkomst',
  'agreement.kind.parenting-plan': 'Ouderschapsplan',
  'agreement.kind.divorce-covenant': 'Echtscheidingsconvenant',
  'agreement.kind.interim': 'Deelovereenkomst',
  'agreement.kind.employment-settlement': 'Vaststellingsovereenkomst (arbeidsrecht)',
  'agreement.kind.action-list': 'Afsprakenlijst',
  'agreement.number': 'Overeenkomst {n}',
  'agreement.stateDraft': 'concept',
  'agreement.stateLocked': 'ondertekend',
  'agreement.earlier': 'Eerdere overeenkomsten in deze sessie',
  'agreement.earlierItem': '{n}. {kind}: ondertekend en vergrendeld',
  'agreement.startNew': 'Nieuwe overeenkomst beginnen',
  'agreement.startHint':
    'Deze overeenkomst is ondertekend en vergrendeld. U kunt een volgende beginnen, bijvoorbeeld de definitieve overeenkomst na een deelovereenkomst.',
  'agreement.reflection':
    'Deze overeenkomst vermeldt vanzelf de wettelijke bedenktermijn van de werknemer: 14 dagen (artikel 7:670b BW).',
  'agreement.fields': 'Partijen, overwegingen, plaats en datum',
  'agreement.particulars': 'Gegevens van {name}',
  'agreement.noParticulars': 'nog geen adres of geboortedatum',
  'agreement.name': 'Naam (zoals op het identiteitsbewijs)',
  'agreement.address': 'Adres',
  'agreement.birthDate': 'Geboortedatum (JJJJ-MM-DD)',
  'agreement.saveParticulars': 'Gegevens opslaan',
  'agreement.considerations': 'Overwegingen (één per regel)',
  'agreement.considerationsHeading': 'Overwegingen',
  'agreement.saveConsiderations': 'Overwegingen opslaan',
  'agreement.place': 'Plaats van ondertekening',
  'agreement.date': 'Datum van ondertekening (JJJJ-MM-DD, of leeg om met de hand in te vullen)',
  'agreement.savePlace': 'Plaats en datum opslaan',
  'agreement.placeAndDate': 'Aldus overeengekomen te {place} op {date}',
}
