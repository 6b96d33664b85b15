/** The invite link, shown once right after the invite: a read-only field, a copy button and what to do with it. */
import { useEffect, useId, useRef, useState } from 'preact/hooks'
import type { ShownInvite } from './console-model'
import type { ConsoleText } from './strings'

export function InviteLink({
  invite,
  t,
  onDone,
}: {
  invite: ShownInvite
  t: ConsoleText
  onDone: () => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const box = useRef<HTMLElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    setCopy('idle')
    box.current?.focus()
  }, [invite.url])
  const host = new URL(invite.url, location.href).host
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(invite.url)
      setCopy('copied')
    } catch {
      input.current?.select()
      setCopy('failed')
    }
  }
  return (
    <section
      class="console-card console-invite"
      aria-labelledby={`${id}-h`}
      tabIndex={-1}
      ref={box}
      data-testid="invite-link"
    >
      <h2 id={`${id}-h`} class="console-h">
        {t('linkHeading', { name: invite.name })}
      </h2>
      <p>{t('linkExplain', { name: invite.name })}</p>
      <div class="field">
        <label for={id}>{t('linkLabel')}</label>
        <input
          id={id}
          ref={input}
          type="text"
          readOnly
          value={invite.url}
          data-testid="invite-url"
          onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
        />
      </div>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={() => void onCopy()} data-testid="copy-link">
          {t('copy')}
        </button>
        <button type="button" class="btn" onClick={onDone} data-testid="link-done">
          {t('linkDone')}
        </button>
      </div>
      <p class="hint" role="status">
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </p>
      <p class="hint hint-warn">{t('linkOnce', { name: invite.name })}</p>
      {host !== location.host ? <p class="hint hint-muted">{t('linkOtherHost', { host })}</p> : null}
    </section>
  )
}
