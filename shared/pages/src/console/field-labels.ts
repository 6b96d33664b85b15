/** The label a refused field has on the console's forms, from the path the server's detail names. */
import type { ConsoleKey, ConsoleText } from './strings'

const LABELS: Partial<Record<string, ConsoleKey>> = {
  title: 'sessionTitle',
  kind: 'kind',
  language: 'sessionLanguage',
  name: 'inviteName',
  role: 'role',
  sideId: 'side',
  newSideName: 'newSideName',
  email: 'email',
  password: 'password',
  schedule: 'scheduleHeading',
}

// The practice profile's fields; the two-language terms are refused per language (`cancellationTerms.nl`).
const PROFILE: Partial<Record<string, ConsoleKey>> = {
  mediatorName: 'profileMediatorName',
  practiceName: 'profilePracticeName',
  registerNumber: 'profileRegisterNumber',
  hourlyRate: 'profileRate',
  rateIncludesVat: 'profileVat',
  costSplit: 'profileSplit',
  'cancellationTerms.nl': 'profileCancellationNl',
  'cancellationTerms.en': 'profileCancellationEn',
  'platformTerms.nl': 'profilePlatformNl',
  'platformTerms.en': 'profilePlatformEn',
  retentionYears: 'profileRetention',
}

const MEETING: Partial<Record<string, ConsoleKey>> = {
  startsAt: 'scheduleStart',
  durationMin: 'scheduleDuration',
  kind: 'scheduleKind',
  note: 'scheduleNote',
}

/** "Meeting 2 — Duration (minutes)" for `schedule.1.durationMin`; a path we do not know is "a field". */
export function fieldLabel(path: string, t: ConsoleText): string {
  const [head = '', index, field] = path.split('.')
  const meeting = index !== undefined && /^\d+$/.test(index) ? Number(index) + 1 : null
  if (head === 'schedule' && meeting !== null) {
    const label = MEETING[field ?? '']
    const n = t('scheduleMeeting', { n: meeting })
    return label ? `${n} — ${t(label)}` : n
  }
  const profile = PROFILE[path]
  if (profile) return t(profile)
  const label = path.includes('.') ? undefined : LABELS[head]
  return label ? t(label) : t('errField')
}
