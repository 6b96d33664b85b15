import { createStandaloneHost } from '@mediation/sidebar/host'
import { mountSidebar } from '@mediation/sidebar/ui'
import { loadTranslator, pickLanguage } from '@mediation/sidebar/ui/i18n/i18n'
import '@mediation/sidebar/ui/sidebar.css'
import { takeCredential } from '../credential-store'

/** The standalone sidebar: a face-to-face session around one screen, or a party following on a phone. */
async function start(): Promise<void> {
  const root = document.getElementById('app')
  if (!root) return
  const lang = pickLanguage([...navigator.languages])
  document.documentElement.lang = lang
  const stored = takeCredential()
  if (!stored) {
    root.textContent = (await loadTranslator(lang))('join.noToken')
    return
  }
  mountSidebar(root, {
    host: createStandaloneHost(),
    serverUrl: location.origin,
    credential: stored.credential,
    lang,
    ...(stored.sessionId ? { sessionId: stored.sessionId } : {}),
  })
}

void start()
