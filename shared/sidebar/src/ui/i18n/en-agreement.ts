/**
 * English words of the agreement's kind and fields (SIGN-9..12): a chunk of their own, fetched beside the opening
 * one but not waited for (i18n.ts); only the agreement tab, which loads later, shows them.
 */
export const enAgreement = {
  'agreement.kind': 'Kind of document',
  'agreement.kind.settlement': 'Settlement agreement',
  'agreement.kind.parenting-plan': 'Parenting plan',
  'agreement.kind.divorce-covenant': 'Divorce covenant',
  'agreement.kind.interim': 'Interim agreement',
  'agreement.kind.employment-settlement': 'Settlement agreement (employment)',
  'agreement.kind.action-list': 'Agreed actions',
  'agreement.number': 'Agreement {n}',
  'agreement.stateDraft': 'draft',
  'agreement.stateLocked': 'signed',
  'agreement.earlier': 'Earlier agreements in this session',
  'agreement.earlierItem': '{n}. {kind}: signed and locked',
  'agreement.startNew': 'Start a new agreement',
  'agreement.startHint':
    'This agreement is signed and locked. You can start the next one, for example the final agreement after an interim one.',
  'agreement.reflection':
    "This agreement states the employee's statutory reflection period by itself: 14 days (article 7:670b Dutch Civil Code).",
  'agreement.fields': 'Parties, considerations, place and date',
  'agreement.particulars': 'Particulars of {name}',
  'agreement.noParticulars': 'no address or date of birth yet',
  'agreement.name': 'Name (as on the identity document)',
  'agreement.address': 'Address',
  'agreement.birthDate': 'Date of birth (YYYY-MM-DD)',
  'agreement.saveParticulars': 'Save particulars',
  'agreement.considerations': 'Considerations (one per line)',
  'agreement.considerationsHeading': 'Considerations',
  'agreement.saveConsiderations': 'Save considerations',
  'agreement.place': 'Place of signing',
  'agreement.date': 'Date of signing (YYYY-MM-DD, or empty to write it by hand)',
  'agreement.savePlace': 'Save place and date',
  'agreement.placeAndDate': 'Agreed at {place} on {date}',
} as const
