/** The glossary (shared/GLOSSARY.md) holds for every Dutch string table: no term it forbids appears anywhere. */
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { nl as agreementNl } from '@mediation/pages/src/agreement/strings'
import { coachingNl as consoleCoachingNl } from '@mediation/pages/src/console/strings-coaching'
import { nl as consoleNl } from '@mediation/pages/src/console/strings-nl'
import { nl as practiceNl } from '@mediation/pages/src/practice/strings'
import { coachingNl as practiceCoachingNl } from '@mediation/pages/src/practice/strings-coaching'
import { loadDictionary } from '@mediation/sidebar/ui'
import { nl as jitsiNl } from '../../../plugin-jitsi/src/i18n'
import { nl as zoomNl } from '../../../plugin-zoom/src/app/strings'
import {
  AGREEMENT_CLAUSES,
  agreementWordsNl,
  COACHING_AGREEMENT_CLAUSES,
  coachingAgreementWordsNl,
  coachingRefusalsNl,
  defaultIntakeQuestions,
} from '../../../shared/core/src/prep'
import { nl as prepNl } from '../../../shared/core/src/prep/prep-text'
import { nl as recordNl } from '../../../shared/core/src/record/labels'
import { nlBoard } from '../../../shared/sidebar/src/ui/i18n/nl-board'
import { nlPageCodes } from '../../../shared/sidebar/src/ui/i18n/nl-page-codes'
import { safetyNl } from '../../../shared/sidebar/src/ui/i18n/safety-nl'
import { nl as endingNl } from '../../../shared/sidebar/src/ui/views/ending-words'
import { nl as notesNl } from '../../../shared/sidebar/src/ui/views/notes-words'
import { nl as recordsNl } from '../../../shared/sidebar/src/ui/views/records-words'
import { nl as talkNl } from '../../../shared/sidebar/src/ui/views/talk-words'

const root = new URL('../../../', import.meta.url).pathname

/** The forbidden Dutch terms from the glossary's last column. */
async function forbidden(): Promise<string[]> {
  const md = await readFile(`${root}shared/GLOSSARY.md`, 'utf8')
  return md
    .split('\n')
    .filter((l) => l.startsWith('|') && !l.startsWith('|---') && !l.startsWith('| concept'))
    .flatMap((l) => (l.split('|')[4] ?? '').split(',').map((x) => x.trim()))
    .filter(Boolean)
}

/** Every Dutch sentence of a table (both plural forms where a message has them). */
function texts(table: Record<string, unknown>): [string, string][] {
  return Object.entries(table).flatMap(([key, m]) =>
    typeof m === 'string'
      ? [[key, m] as [string, string]]
      : m && typeof m === 'object'
        ? Object.values(m as Record<string, string>).map((v) => [key, v] as [string, string])
        : [],
  )
}

describe('glossary: one Dutch term per concept', () => {
  it('the glossary names terms to avoid, and the check finds them', async () => {
    const terms = await forbidden()
    assert.ok(terms.includes('zijde') && terms.includes('U heeft'), terms.join(', '))
    const hits = texts({ x: 'Naam van de nieuwe zijde' }).filter(([, t]) => t.toLowerCase().includes('zijde'))
    assert.equal(hits.length, 1)
  })

  it('no Dutch string table uses a term the glossary forbids', async () => {
    const terms = (await forbidden()).map((t) => t.toLowerCase())
    const tables: Record<string, Record<string, unknown>> = {
      sidebar: await loadDictionary('nl'),
      'sidebar page codes': nlPageCodes,
      'sidebar board words': nlBoard,
      'sidebar safety panel': safetyNl,
      'sidebar ending': endingNl,
      'sidebar records': recordsNl,
      'sidebar notes': notesNl,
      'sidebar talk marks': talkNl,
      console: consoleNl,
      'console (coaching)': consoleCoachingNl,
      agreement: agreementNl,
      practice: practiceNl,
      record: recordNl,
      prep: prepNl,
      'agreement to mediate': agreementWordsNl,
      'agreement-to-mediate clauses': Object.fromEntries(AGREEMENT_CLAUSES.map((c) => [c.id, c.text.nl])),
      'practice (coaching)': practiceCoachingNl,
      'prep (coaching)': coachingRefusalsNl,
      'coaching agreement': coachingAgreementWordsNl,
      'coaching agreement clauses': Object.fromEntries(
        COACHING_AGREEMENT_CLAUSES.map((c) => [c.id, c.text.nl]),
      ),
      'intake questions': Object.fromEntries(
        [...defaultIntakeQuestions(), ...defaultIntakeQuestions('coaching')].flatMap((q) => [
          [q.id, q.label.nl],
          [`${q.id}.purpose`, q.purpose?.nl ?? ''],
          [`${q.id}.notice`, q.notice?.text.nl ?? ''],
          ...(q.options ?? []).map((o) => [`${q.id}.${o.id}`, o.label.nl]),
        ]),
      ),
      jitsi: jitsiNl,
      zoom: zoomNl,
    }
    const offenders = Object.entries(tables).flatMap(([name, table]) =>
      texts(table).flatMap(([key, text]) =>
        terms
          .filter((term) =>
            text
              .replace(/\{\w+\}/g, '')
              .toLowerCase()
              .includes(term),
          )
          .map((term) => `${name} ${key}: “${term}” in ${text}`),
      ),
    )
    assert.deepEqual(offenders, [])
  })
})
