/** Answers to the default intake's case questions (a work case, no proceedings, self-funded): tests add the rest. */
export const CASE_ANSWERS = {
  matterField: 'work',
  matter: 'Een conflict over de taakverdeling',
  proceedings: 'no',
  referral: 'no',
  forOrganisation: 'no',
  funding: 'self',
  mobile: '06 12345678',
} as const
