/**
 * PHASE-5/7/9: the session's ending. The mediator ends the session from any phase with an outcome and a short
 * note, and reopens an ended one for aftercare; everyone sees that it ended and downloads the ending statement.
 * Loaded lazily with its own words (ending-words.ts), so opening the sidebar downloads neither.
 */
import type { EndingOutcome, Phase } from '@mediation/core/domain'
import { LOCALES, textIn } from '@mediation/core/i18n'
import { ENDING_OUTCOMES, MAX_ENDING_NOTE } from '@mediation/core/queries'
import type { EndingResponse, EndSessionBody } from '@mediation/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { RecordItem } from '../../client/download'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import type { SessionModel } from '../models/session-model'
import { en, nl } from './ending-words'
import { en as recordsEn, nl as recordsNl } from './records-words'

/** PHASE-9: the ending statement, for everyone in an ended session. */
const ENDING_RECORD: RecordItem = { id: 'ending-pdf', file: 'ending.pdf' }

/** Under the phase bar: the ending form (mediator), or the ended banner with the statement to download. */
export function EndingPanel({ m, phase }: { m: SessionModel; phase: Phase; t: Translate }) {
  const lang = m.lang.value
  const w = textIn(lang, { en, nl })
  const r = textIn(lang, { en: recordsEn, nl: recordsNl })
  const [open, setOpen] = useState(false)
  const [outcome, setOutcome] = useState<EndingOutcome | ''>('')
  const [note, setNote] = useState('')
  const [sending, setSending] = useState(false)
  const [record, setRecord] = useState<EndingResponse | null>(null)
  const call = m.client.api.call
  const path = `/api/sessions/${encodeURIComponent(m.sessionId)}`
  const ended = phase === 'closed' || phase === 'aftercare'
  // The ending is read from the server whenever the phase changes to or within an ended one.
  useEffect(() => {
    if (!ended) return setRecord(null)
    let live = true
    call<EndingResponse>('GET', `${path}/ending`).then(
      (r) => live && setRecord(r),
      () => live && setRecord(null),
    )
    return () => {
      live = false
    }
  }, [phase, ended, call, path])
  const archived = m.control.session.value?.archived === true
  const mediator = m.isMediator && !archived
  const busy = m.records.busy.value === 'ending-pdf'
  const failed = m.records.errors.value['ending-pdf'] !== undefined
  const act = async (run: () => Promise<unknown>) => {
    setSending(true)
    try {
      await run()
      setOpen(false)
      setOutcome('')
      setNote('')
    } catch (err) {
      m.errors.report(err)
    } finally {
      setSending(false)
    }
  }
  const end = (body: EndSessionBody) => act(() => call('POST', `${path}/ending`, body))
  const form =
    mediator && phase !== 'closed' ? (
      open ? (
        <form
          class="ending-form"
          data-testid="ending-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (outcome) void end(note.trim() ? { outcome, note } : { outcome })
          }}
        >
          <div class="field">
            <label for="ending-outcome">{w('outcome')}</label>
            <select
              id="ending-outcome"
              data-testid="ending-outcome"
              value={outcome}
              onChange={(e) => setOutcome((e.currentTarget as HTMLSelectElement).value as EndingOutcome)}
              required
            >
              <option value="">{w('choose')}</option>
              {ENDING_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {w(`outcome.${o}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={w('note')}
            value={note}
            onInput={setNote}
            multiline
            maxLength={MAX_ENDING_NOTE}
            testId="ending-note"
          />
          <p class="hint hint-muted">{w('noteHint')}</p>
          <div class="row">
            <button
              type="submit"
              class="btn btn-danger"
              data-testid="ending-confirm"
              disabled={!outcome || sending}
            >
              {sending ? w('busy') : w('confirm')}
            </button>
            <Button kind="quiet" onClick={() => setOpen(false)}>
              {w('cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <div class="phase-actions">
          <Button onClick={() => setOpen(true)} testId="ending-open">
            {w('open')}
          </Button>
        </div>
      )
    ) : null
  if (!ended) return form
  return (
    <>
      <div class="banner banner-ended" role="status" data-testid="ending-banner">
        {record ? (
          <>
            <p>
              {w(phase === 'aftercare' ? 'aftercare' : 'ended', {
                date: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(record.at),
              })}{' '}
              {w('endedOutcome', { outcome: w(`outcome.${record.outcome}`) })}
            </p>
            {record.note ? <p class="ending-note">{record.note}</p> : null}
          </>
        ) : (
          <p>{w(phase === 'aftercare' ? 'aftercareShort' : 'endedShort')}</p>
        )}
        <div class="row">
          <button
            type="button"
            class="btn"
            data-testid="ending-download"
            disabled={busy}
            aria-busy={busy}
            onClick={() => void m.records.download(ENDING_RECORD)}
          >
            {busy ? r('busy') : w('download')}
          </button>
          {mediator && phase === 'closed' ? (
            <Button
              onClick={() => void act(() => call('POST', `${path}/reopen`))}
              disabled={sending}
              testId="ending-reopen"
            >
              {w('reopen')}
            </Button>
          ) : null}
        </div>
        {failed ? (
          <p class="hint hint-warn" role="alert" data-testid="ending-download-error">
            {r('failed')}
          </p>
        ) : null}
      </div>
      {form}
    </>
  )
}
