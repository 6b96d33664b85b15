/**
 * The session schedule: the mediator adds, edits and removes planned meetings and saves the whole list. It is
 * planning only, which is why the secretariat and the parties may read it (on the readiness view).
 */

import type { MeetingKind } from '@mediation/protocol'
import { Select } from '@mediation/sidebar/ui/kit/fields'
import { useEffect, useId, useState } from 'preact/hooks'
import type { ConsoleApi } from './console-api'
import { type PlainError, plainError } from './plain-error'
import { ProblemBox } from './problem-box'
import { MEETING_KINDS, newRow, type ScheduleRow, toMeetings, toRow } from './schedule-rows'
import type { ConsoleKey, ConsoleText } from './strings'

const KIND_KEY: Record<MeetingKind, ConsoleKey> = {
  intake: 'meetingIntake',
  practice: 'meetingPractice',
  joint: 'meetingJoint',
  caucus: 'meetingCaucus',
  closing: 'meetingClosing',
}

export interface ScheduleViewProps {
  sessionId: string
  api: ConsoleApi
  t: ConsoleText
  /** A coaching session plans no caucus (COACH-1). */
  coaching?: boolean
}

export function ScheduleView({ sessionId, api, t, coaching = false }: ScheduleViewProps) {
  const kinds = coaching ? MEETING_KINDS.filter((k) => k !== 'caucus') : MEETING_KINDS
  const [rows, setRows] = useState<ScheduleRow[] | null>(null)
  const [dirty, setDirty] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<PlainError | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    setRows(null)
    // On a failed load the rows stay null (nothing editable), so a save can never wipe a schedule unseen.
    api.schedule(sessionId).then(
      (r) => {
        if (live) setRows(r.schedule.map(toRow))
      },
      (e) => {
        if (live) setProblem(plainError(e, t))
      },
    )
    return () => {
      live = false
    }
  }, [sessionId, api])

  const edit = (next: ScheduleRow[]) => {
    setRows(next)
    setDirty(true)
    setSaved(null)
  }
  const change = (i: number, patch: Partial<ScheduleRow>) =>
    rows && edit(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  const save = async (e: Event) => {
    e.preventDefault()
    if (!rows) return
    const { meetings, missingStart } = toMeetings(rows)
    if (missingStart >= 0) {
      setProblem({ message: t('scheduleNoStart', { n: missingStart + 1 }), details: [] })
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      const r = await api.saveSchedule(sessionId, meetings)
      setRows(r.schedule.map(toRow))
      setDirty(false)
      setSaved(t('scheduleSaved', { n: r.schedule.length }))
    } catch (err) {
      setProblem(plainError(err, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="console-card" aria-labelledby="schedule-h" data-testid="schedule">
      <h2 id="schedule-h" class="console-h">
        {t('scheduleHeading')}
      </h2>
      <p class="hint hint-muted">{t('scheduleIntro')}</p>
      {rows === null && !problem ? <p>{t('loading')}</p> : null}
      <form class="console-form" onSubmit={(e) => void save(e)} noValidate>
        {rows?.length === 0 ? <p data-testid="schedule-empty">{t('scheduleEmpty')}</p> : null}
        {rows?.map((r, i) => (
          <fieldset key={r.id} class="schedule-row" data-testid="schedule-row">
            <legend>{t('scheduleMeeting', { n: i + 1 })}</legend>
            <div class="row">
              <LabelledInput
                label={t('scheduleStart')}
                type="datetime-local"
                value={r.start}
                testId="schedule-start"
                onInput={(v) => change(i, { start: v })}
              />
              <LabelledInput
                label={t('scheduleDuration')}
                type="number"
                value={r.duration}
                testId="schedule-duration"
                onInput={(v) => change(i, { duration: v })}
              />
              <Select
                label={t('scheduleKind')}
                value={r.kind}
                testId="schedule-kind"
                onChange={(v) => change(i, { kind: v })}
                options={kinds.map((k) => ({ value: k, label: t(KIND_KEY[k]) }))}
              />
            </div>
            <LabelledInput
              label={t('scheduleNote')}
              type="text"
              value={r.note}
              testId="schedule-note"
              onInput={(v) => change(i, { note: v })}
            />
            <button
              type="button"
              class="btn btn-quiet"
              data-testid="schedule-remove"
              onClick={() => edit(rows.filter((_, j) => j !== i))}
            >
              {t('scheduleRemove', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <ProblemBox problem={problem} testId="schedule-problem" />
        {saved ? (
          <p role="status" data-testid="schedule-saved">
            {saved}
          </p>
        ) : dirty ? (
          <p class="hint hint-muted">{t('scheduleUnsaved')}</p>
        ) : null}
        <div class="row">
          <button
            type="button"
            class="btn"
            disabled={rows === null || (rows?.length ?? 0) >= 50}
            data-testid="schedule-add"
            onClick={() => rows && edit([...rows, newRow()])}
          >
            {t('scheduleAdd')}
          </button>
          <button
            type="submit"
            class="btn btn-primary"
            disabled={busy || rows === null || !dirty}
            data-testid="schedule-save"
          >
            {t('scheduleSave')}
          </button>
        </div>
      </form>
    </section>
  )
}

/** The console's Field is text/e-mail/password only; the schedule needs date-time and number inputs. */
function LabelledInput(props: {
  label: string
  type: 'datetime-local' | 'number' | 'text'
  value: string
  testId: string
  onInput: (v: string) => void
}) {
  const id = useId()
  const onInput = (e: Event) => props.onInput((e.currentTarget as HTMLInputElement).value)
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.type === 'number' ? (
        <input
          id={id}
          type="number"
          min={5}
          max={600}
          step={5}
          value={props.value}
          data-testid={props.testId}
          onInput={onInput}
        />
      ) : props.type === 'datetime-local' ? (
        <input
          id={id}
          type="datetime-local"
          value={props.value}
          data-testid={props.testId}
          onInput={onInput}
        />
      ) : (
        <input
          id={id}
          type="text"
          maxLength={500}
          value={props.value}
          data-testid={props.testId}
          onInput={onInput}
        />
      )}
    </div>
  )
}
