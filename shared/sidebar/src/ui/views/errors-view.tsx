import type { Translate } from '../i18n/i18n'
import type { ShownError } from '../models/errors-model'

/** Failed actions, in plain words, announced to screen readers. */
export function ErrorsView({
  errors,
  onDismiss,
  t,
}: {
  errors: ShownError[]
  onDismiss: (id: number) => void
  t: Translate
}) {
  return (
    <div class="errors" role="alert" aria-live="assertive">
      {errors.map((e) => (
        <div class="error" key={e.id} data-testid="error">
          <span>{e.text}</span>
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => onDismiss(e.id)}
            aria-label={t('error.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
