/**
 * The console's state and actions: who is logged in, which screen shows, the session list, the open session,
 * the invite link shown once, and one notice line. Components read the signals and call the actions.
 */

import type { Language, SessionSummary } from '@mediation/protocol'
import { ApiRequestError } from '@mediation/sidebar/client'
import { batch, signal } from '@preact/signals'
import {
  type ConsoleApi,
  createConsoleApi,
  createPublicApi,
  type LoginResponse,
  type SessionDetails,
} from './console-api'
import { clearLogin, readLanguage, readLogin, writeLanguage, writeLogin } from './login-store'
import { type PlainError, plainError } from './plain-error'
import { type ShownInvite, sessionActions } from './session-actions'
import { type ConsoleKey, type ConsoleText, consoleText } from './strings'

export type Screen = 'loading' | 'setup' | 'login' | 'sessions' | 'session'

export interface Notice {
  tone: 'ok' | 'error'
  text: PlainError
}

export type { ShownInvite }

/** Builds the console model; `initialLang` comes from the browser unless the mediator switched earlier. */
export function createConsoleModel(initialLang: Language, origin = '') {
  const lang = signal<Language>(readLanguage() ?? initialLang)
  const screen = signal<Screen>('loading')
  const login = signal<LoginResponse | null>(null)
  const setupOpen = signal<boolean | null>(null)
  const sessions = signal<SessionSummary[]>([])
  const current = signal<SessionDetails | null>(null)
  const invite = signal<ShownInvite | null>(null)
  const notice = signal<Notice | null>(null)
  const busy = signal(false)
  const pub = createPublicApi(origin)
  let api: ConsoleApi | null = null
  // The status of the last failed call, for actions that react to one answer (setup's 409).
  let lastStatus = 0

  // An open coaching session speaks of the coach and the client (COACH-1).
  const t = (): ConsoleText => consoleText(lang.value, current.value?.kind ?? 'mediation')
  const ok = (key: ConsoleKey, vars?: Record<string, string | number>) => {
    notice.value = { tone: 'ok', text: { message: t()(key, vars), details: [] } }
  }
  const fail = (e: unknown, overrides: Partial<Record<number, ConsoleKey>> = {}) => {
    notice.value = { tone: 'error', text: plainError(e, t(), overrides) }
  }

  /** Starts a mediator's action: the previous notice no longer applies. */
  const act = <T>(fn: () => Promise<T>, overrides: Partial<Record<number, ConsoleKey>> = {}) => {
    notice.value = null
    return run(fn, overrides)
  }

  /** Runs one call with the busy flag; a 401 on a logged-in call means the login ended. */
  async function run<T>(fn: () => Promise<T>, overrides: Partial<Record<number, ConsoleKey>> = {}) {
    busy.value = true
    try {
      return await fn()
    } catch (e) {
      lastStatus = e instanceof ApiRequestError ? e.status : 0
      if (api && e instanceof ApiRequestError && e.status === 401) {
        logout('expired')
        notice.value = { tone: 'error', text: { message: t()('expired'), details: [] } }
      } else fail(e, overrides)
      return undefined
    } finally {
      busy.value = false
    }
  }

  async function enter(l: LoginResponse): Promise<void> {
    writeLogin(l)
    api = createConsoleApi(l.token, origin)
    login.value = l
    await refresh()
    await route()
  }

  async function refresh(): Promise<void> {
    const list = await run(() => api!.sessions())
    if (list) sessions.value = list
  }

  /** Follows `#/session/<id>` so the back button and reloads land where the mediator was. */
  async function route(): Promise<void> {
    if (!api) return
    const id = /^#\/session\/([^/]+)$/.exec(location.hash)?.[1]
    invite.value = null
    if (!id) {
      batch(() => {
        current.value = null
        screen.value = 'sessions'
      })
      return
    }
    const details = await run(() => api!.session(decodeURIComponent(id)))
    if (!api) return // the login ended during the call: the login form shows
    if (!details) {
      history.replaceState(null, '', location.pathname)
      screen.value = 'sessions'
      return
    }
    batch(() => {
      current.value = details
      screen.value = 'session'
    })
  }

  async function start(): Promise<void> {
    const stored = readLogin()
    if (stored) return enter(stored)
    const needed = await run(() => pub.setupNeeded())
    setupOpen.value = needed ?? null
    screen.value = needed ? 'setup' : 'login'
  }

  function logout(reason: 'user' | 'expired' = 'user'): void {
    // A user's logout also revokes the token on the server; if that call fails the token still expires on its own.
    if (reason === 'user') void api?.logout().catch(() => undefined)
    clearLogin()
    api = null
    batch(() => {
      login.value = null
      sessions.value = []
      current.value = null
      invite.value = null
      screen.value = 'login'
      if (reason === 'user') ok('loggedOut')
    })
    history.replaceState(null, '', location.pathname)
  }

  return {
    lang,
    screen,
    login,
    setupOpen,
    sessions,
    current,
    invite,
    notice,
    busy,
    t,
    start,
    route,
    logout,
    say: ok,
    fail,
    /** The logged-in calls (null when logged out), for views that load their own part (the schedule). */
    api: () => api,
    clearNotice: () => {
      notice.value = null
    },
    toggleLanguage: () => {
      lang.value = lang.value === 'nl' ? 'en' : 'nl'
      writeLanguage(lang.value)
    },
    showScreen: (s: 'setup' | 'login') => {
      notice.value = null
      screen.value = s
    },
    async setup(body: { name: string; email: string; password: string }) {
      const l = await act(() => pub.setup(body), { 409: 'setupDone' })
      if (l) return enter(l)
      if (lastStatus === 409) {
        setupOpen.value = false
        screen.value = 'login'
      }
    },
    async logIn(body: { email: string; password: string }) {
      const l = await act(() => pub.login(body), { 401: 'wrongPassword', 429: 'rateLimited' })
      if (l) {
        notice.value = null
        await enter(l)
      }
    },
    ...sessionActions({
      api: () => api,
      act,
      run,
      refresh,
      route,
      ok,
      current,
      shown: invite,
      t,
    }),
  }
}

export type ConsoleModel = ReturnType<typeof createConsoleModel>
