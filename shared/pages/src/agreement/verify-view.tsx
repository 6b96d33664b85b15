/** The public verification page: a code and a document in, "matches" or "does not match" out. */
import { AGREEMENT_ATTACHMENT, embeddedFile } from '@mediation/core/record'
import { useState } from 'preact/hooks'
import type { PageText } from './strings'

export type VerifyOutcome =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'result'; match: boolean; messageKey: 'match' | 'noMatch' | 'inconsistent' | 'notExport' }
  | { kind: 'error'; message: string }

export interface VerifyViewProps {
  t: PageText
  initialCode: string
  outcome: VerifyOutcome
  onCheck: (code: string, document: { text: string } | { json: unknown }) => void
  onError: (message: string) => void
  onToggleLanguage: () => void
}

/** Flate, as PDF streams use it, with the browser's own DecompressionStream. */
const inflate = async (bytes: Uint8Array): Promise<Uint8Array> => {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(out).arrayBuffer())
}

export function VerifyView(p: VerifyViewProps) {
  const { t } = p
  const [code, setCode] = useState(p.initialCode)
  const [text, setText] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const submit = async (e: Event) => {
    e.preventDefault()
    if (file) {
      const name = file.name.toLowerCase()
      if (name.endsWith('.pdf') || file.type === 'application/pdf') {
        // SIGN-14: the PDF carries the exact signed text as an embedded file; read it here, send only the text.
        const bytes = new Uint8Array(await file.arrayBuffer())
        const inside = await embeddedFile(bytes, AGREEMENT_ATTACHMENT, inflate)
        if (!inside) return p.onError(t('pdfWithoutText'))
        return p.onCheck(code, { text: new TextDecoder().decode(inside) })
      }
      const content = await file.text()
      if (name.endsWith('.json')) {
        try {
          return p.onCheck(code, { json: JSON.parse(content) as unknown })
        } catch {
          return p.onError(t('notExport'))
        }
      }
      return p.onCheck(code, { text: content })
    }
    if (!text.trim()) return p.onError(t('needText'))
    p.onCheck(code, { text })
  }
  const o = p.outcome
  return (
    <main class="agr agr-verify">
      <header class="agr-head">
        <h1 class="agr-title">{t('verifyTitle')}</h1>
        <nav class="agr-actions">
          <button type="button" class="agr-btn agr-btn-quiet" onClick={p.onToggleLanguage}>
            {t('language')}
          </button>
        </nav>
      </header>
      <p class="agr-intro">{t('verifyIntro')}</p>
      <form class="agr-form" onSubmit={submit}>
        <label class="agr-field">
          <span>{t('code')}</span>
          <input
            name="code"
            value={code}
            autoComplete="off"
            spellcheck={false}
            required
            onInput={(e) => setCode(e.currentTarget.value)}
            class="agr-code-input"
          />
        </label>
        <label class="agr-field">
          <span>{t('document')}</span>
          <textarea name="text" rows={8} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label class="agr-field">
          <span>{t('file')}</span>
          <input
            type="file"
            name="file"
            accept=".pdf,.txt,.json,application/pdf,text/plain,application/json"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <button type="submit" class="agr-btn agr-btn-primary" disabled={o.kind === 'checking'}>
          {o.kind === 'checking' ? t('checking') : t('check')}
        </button>
      </form>
      {o.kind === 'result' ? (
        <p
          class={`agr-result ${o.match ? 'agr-result-ok' : 'agr-result-bad'}`}
          role="status"
          data-testid="verify-result"
          data-match={String(o.match)}
        >
          {o.match ? '✓ ' : '✗ '}
          {t(o.messageKey)}
        </p>
      ) : null}
      {o.kind === 'error' ? (
        <p class="agr-result agr-result-bad" role="alert" data-testid="verify-result" data-match="error">
          {o.message}
        </p>
      ) : null}
    </main>
  )
}
