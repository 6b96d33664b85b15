/**
 * Where the console keeps the mediator's login: this tab's sessionStorage (gone when the tab closes, never in a
 * URL). Opening another page as the mediator writes the keys that page reads into the same storage and opens it
 * with `window.open`, which gives the new tab a copy of this tab's sessionStorage.
 */
import type { Language } from '@mediation/protocol'
import { saveCredential } from '../credential-store'
import type { LoginResponse } from './console-api'

const LOGIN_KEY = 'mediation.console.login'
const LANG_KEY = 'mediation.console.lang'
// The Jitsi page keeps its credential under its own key (plugin-jitsi/src/main.tsx).
const JITSI_KEY = 'mediation.jitsi.credential'

function store(kind: 'session' | 'local'): Storage | null {
  try {
    return kind === 'session' ? globalThis.sessionStorage : globalThis.localStorage
  } catch {
    return null
  }
}

/** The stored login, or null when absent, unreadable or past its expiry. */
export function readLogin(now = Date.now()): LoginResponse | null {
  try {
    const raw = store('session')?.getItem(LOGIN_KEY)
    const login = raw ? (JSON.parse(raw) as LoginResponse) : null
    if (!login?.token || !login.mediator) return null
    return Date.parse(login.expiresAt) > now ? login : null
  } catch {
    return null
  }
}

export function writeLogin(login: LoginResponse): void {
  store('session')?.setItem(LOGIN_KEY, JSON.stringify(login))
}

/** Forgets the login and every credential this tab handed to the other pages. */
export function clearLogin(): void {
  const s = store('session')
  for (const key of [LOGIN_KEY, JITSI_KEY, 'mediation.credential', 'mediation.sessionId']) s?.removeItem(key)
}

/** The language the mediator picked earlier in this browser, if any. */
export function readLanguage(): Language | null {
  const v = store('local')?.getItem(LANG_KEY)
  return v === 'nl' || v === 'en' ? v : null
}

export function writeLanguage(lang: Language): void {
  store('local')?.setItem(LANG_KEY, lang)
}

export type OpenTarget = 'sidebar' | 'jitsi' | 'agreement' | 'readiness'

/** The page URL for a target; credentials are never part of it. */
export function targetUrl(target: OpenTarget, sessionId: string, lang: Language): string {
  const q = new URLSearchParams({ session: sessionId, lang })
  switch (target) {
    case 'sidebar':
      return '/standalone/'
    case 'jitsi':
      return `/jitsi/?${q.toString()}`
    case 'agreement':
      return '/agreement/'
    case 'readiness':
      return '/practice/'
  }
}

/** Hands the login to the target page through sessionStorage and opens it in a new tab (or this one). */
export function openAsMediator(target: OpenTarget, sessionId: string, token: string, lang: Language): void {
  saveCredential({ credential: token, sessionId })
  store('session')?.setItem(JITSI_KEY, token)
  const url = targetUrl(target, sessionId, lang)
  // No 'noopener': the new tab must get its copy of sessionStorage. A blocked pop-up opens here instead.
  const win = window.open(url, '_blank')
  if (!win) location.assign(url)
}
