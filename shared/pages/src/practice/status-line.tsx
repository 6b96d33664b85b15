import type { CheckStatus } from '@mediation/core/prep'
import type { PageText } from './strings'

/** One check's verdict: a coloured badge with a word (never colour alone) and the plain-words explanation. */
export function StatusLine({
  label,
  status,
  t,
  children,
  testId,
}: {
  label: string
  status: CheckStatus | 'pending'
  t: PageText
  children?: preact.ComponentChildren
  testId: string
}) {
  return (
    <div class={`check check-${status}`} data-testid={testId} data-status={status}>
      <div class="check-head">
        <span class="check-label">{label}</span>
        <span class={`badge check-badge check-badge-${status}`}>{t(status)}</span>
      </div>
      {children ? <div class="check-body">{children}</div> : null}
    </div>
  )
}
