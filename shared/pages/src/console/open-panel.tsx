/** Buttons that open the session as the mediator on the other pages, and the Zoom set-up hint. */

import type { OpenTarget } from './login-store'
import type { ConsoleKey, ConsoleText } from './strings'

const TARGETS: { target: OpenTarget; label: ConsoleKey; hint: ConsoleKey }[] = [
  { target: 'sidebar', label: 'openSidebar', hint: 'openSidebarHint' },
  { target: 'jitsi', label: 'openJitsi', hint: 'openJitsiHint' },
  { target: 'agreement', label: 'openAgreement', hint: 'openAgreementHint' },
  { target: 'readiness', label: 'openReadiness', hint: 'openReadinessHint' },
]

export function OpenPanel({ t, onOpen }: { t: ConsoleText; onOpen: (target: OpenTarget) => void }) {
  return (
    <section class="console-card" aria-labelledby="open-h" data-testid="open-panel">
      <h2 id="open-h" class="console-h">
        {t('openHeading')}
      </h2>
      <p class="hint hint-muted">{t('openIntro')}</p>
      <ul class="console-open">
        {TARGETS.map((x) => (
          <li key={x.target}>
            <button
              type="button"
              class="btn"
              onClick={() => onOpen(x.target)}
              aria-describedby={`open-${x.target}-hint`}
              data-testid={`open-${x.target}`}
            >
              {t(x.label)}
            </button>
            <span id={`open-${x.target}-hint`} class="hint hint-muted">
              {t(x.hint)}
            </span>
          </li>
        ))}
      </ul>
      <h3 class="section-title">{t('zoomHeading')}</h3>
      <p class="hint">{t('zoomHint')}</p>
      <p class="hint hint-muted">{t('zoomReadme')}</p>
    </section>
  )
}
