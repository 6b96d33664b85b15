/**
 * The invitation's four steps in the order a participant takes them — practise the video set-up, the intake,
 * the agreement to mediate, then the conversation — each with where to do it and whether it is done.
 */
import type { PrepView } from '@mediation/core/prep'
import type { Translate } from '@mediation/sidebar/ui/i18n/i18n'

/** Which steps are done, from the participant's own preparation record (null: not known). */
export interface StepState {
  practised: boolean
  intake: boolean
  signed: boolean
}

/** What the prep record says is done; intake and signing only apply to parties and advisers. */
export function stepState(prep: PrepView): StepState {
  return {
    practised: prep.practice.length > 0,
    intake: prep.answers !== null,
    signed: prep.signatures.some((s) => s.state === 'valid'),
  }
}

export function Steps(p: { t: Translate; fragment: string; prepares: boolean; done: StepState | null }) {
  const { t, fragment } = p
  const mark = (done: boolean | undefined) =>
    done === undefined ? null : (
      <span class={done ? 'badge badge-ok' : 'badge'} data-testid="step-state">
        {t(done ? 'join.done' : 'join.todo')}
      </span>
    )
  const practice = `/practice/${fragment}`
  return (
    <ol class="join-steps" data-testid="join-steps">
      <li>
        <strong>{t('join.step1')}</strong> {mark(p.done?.practised)}
        <a class="btn" href={practice} data-testid="open-practice">
          {t('join.practice')}
        </a>
      </li>
      {p.prepares ? (
        <>
          <li>
            <strong>{t('join.step2')}</strong> {mark(p.done?.intake)}
            <a class="btn" href={practice}>
              {t('join.toIntake')}
            </a>
          </li>
          <li>
            <strong>{t('join.step3')}</strong> {mark(p.done?.signed)}
            <a class="btn" href={practice}>
              {t('join.toSign')}
            </a>
          </li>
        </>
      ) : null}
      <li>
        <strong>{t('join.step4')}</strong>
        <a class="btn btn-primary" href={`/jitsi/${fragment}`} data-testid="open-jitsi">
          {t('join.jitsi')}
        </a>
        <a class="btn" href={`/standalone/${fragment}`} data-testid="open-sidebar">
          {t('join.open')}
        </a>
      </li>
    </ol>
  )
}
