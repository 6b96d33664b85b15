/**
 * Time and claim (TIME-1/4/5/6): the totals so far, the mediator's manual entries and the claim fields, loaded
 * from and saved to the server (mediator only). A refusal is worded by its code, never the server's English.
 */
import type { ClaimFields, Language, ManualEntryInput, Side } from '@mediation/core/domain'
import type { TimesheetResponse } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import { ClaimForm } from './claim-form'
import type { ConsoleApi } from './console-api'
import { ManualEntries } from './manual-entries'
import { type PlainError, plainError } from './plain-error'
import { ProblemBox } from './problem-box'
import type { ConsoleText } from './strings'
import { TimeSummaryView } from './time-summary'

export interface TimesheetViewProps {
  sessionId: string
  sides: readonly Side[]
  api: ConsoleApi
  lang: Language
  t: ConsoleText
  /** Coaching has no caucus rows and no legal-aid claim fields (COACH-1). */
  coaching?: boolean
}

export function TimesheetView({ sessionId, sides, api, lang, t, coaching = false }: TimesheetViewProps) {
  const [sheet, setSheet] = useState<TimesheetResponse | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<PlainError | null>(null)
  useEffect(() => {
    let live = true
    setSheet(null)
    api.timesheet(sessionId).then(
      (r) => live && setSheet(r),
      (e) => live && setProblem(plainError(e, t)),
    )
    return () => {
      live = false
    }
  }, [sessionId, api])
  /** Runs one change; true when the server took it (the answer is the whole sheet with new totals). */
  const change = async (call: () => Promise<TimesheetResponse>): Promise<boolean> => {
    setBusy(true)
    setProblem(null)
    try {
      setSheet(await call())
      return true
    } catch (err) {
      setProblem(plainError(err, t))
      return false
    } finally {
      setBusy(false)
    }
  }
  return (
    <section class="console-card timesheet" aria-labelledby="time-h" data-testid="timesheet">
      <h2 id="time-h" class="console-h">
        {t('timeHeading')}
      </h2>
      <p class="hint hint-muted">{t('timeIntro')}</p>
      <ProblemBox problem={problem} testId="time-problem" />
      {sheet === null ? (
        problem ? null : (
          <p>{t('loading')}</p>
        )
      ) : (
        <>
          <TimeSummaryView
            summary={sheet.summary}
            sides={coaching ? [] : sides}
            lang={lang}
            t={t}
            coaching={coaching}
          />
          <ManualEntries
            entries={sheet.entries}
            busy={busy}
            t={t}
            onAdd={(e: ManualEntryInput) => change(() => api.addEntry(sessionId, e))}
            onEdit={(id, e) => change(() => api.editEntry(sessionId, id, e))}
            onDelete={(id) => void change(() => api.deleteEntry(sessionId, id))}
          />
          {coaching ? null : (
            <ClaimForm
              claim={sheet.claim}
              busy={busy}
              t={t}
              onSave={(c: ClaimFields) => change(() => api.saveClaim(sessionId, c))}
            />
          )}
        </>
      )}
    </section>
  )
}
