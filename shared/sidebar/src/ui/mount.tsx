import type { Language } from '@mediation/protocol'
import { render } from 'preact'
import { createApi } from '../client/api'
import { browserNetwork, type NetworkMonitor } from '../client/network'
import { sessionPending } from '../client/pending-store'
import type { MeetingHost } from '../host/meeting-host'
import { App } from './app'
import { loadTranslator, pickLanguage } from './i18n/i18n'
import { describeError } from './models/errors-model'
import { createSessionModel, type SessionModel } from './models/session-model'

/** Tickets asked for beside `me`: a party's first sockets (control, board, agreement, private, caucus). */
const EARLY_TICKETS = 5

export interface MountOptions {
  host: MeetingHost
  /** The companion server's origin, e.g. https://mediation.example.org */
  serverUrl: string
  /** A participant's invite token, or a mediator's login token. */
  credential: string
  /** nl or en; by default the meeting's or browser's language. */
  lang?: Language
  /** Which session to open: required for a mediator (an invite already names its session). */
  sessionId?: string
  network?: NetworkMonitor
  /**
   * Opens the session without waiting for the platform to join (a Jitsi deployment may be slow or down): the
   * sidebar learns who this instance is on the platform when `host.start()` resolves, however late.
   */
  hostInBackground?: boolean
}

export interface MountedSidebar {
  /** Resolves once the session is open (or rejects with the reason the sidebar shows). */
  ready: Promise<SessionModel>
  /** Removes the sidebar and closes its sockets; the host stays alive (its creator disposes it). */
  unmount(): void
}

/** The one entry the platform plugins call: renders the sidebar for this credential into `element`. */
export function mountSidebar(element: HTMLElement, opts: MountOptions): MountedSidebar {
  const lang = opts.lang ?? pickLanguage(typeof navigator === 'undefined' ? [] : [...navigator.languages])
  const message = (text: string, testId: string) =>
    render(
      <div class="med-sidebar" lang={lang}>
        <p role="status" data-testid={testId}>
          {text}
        </p>
      </div>,
      element,
    )
  let model: SessionModel | null = null
  let unmounted = false
  const tReady = loadTranslator(lang)
  // Who this is goes out at once, beside the language tables: on a phone every serial request is a round trip.
  const api = createApi({ serverUrl: opts.serverUrl, credential: opts.credential })
  const meReady = api.me()
  meReady.catch(() => undefined) // awaited below; this only keeps an early failure from being "unhandled"
  // So are the first sockets' tickets, when the page knows its session (the invite page passes it on).
  const tickets = opts.sessionId
    ? api.tickets(opts.sessionId, EARLY_TICKETS).then((r) => r.tickets)
    : undefined
  tickets?.catch(() => undefined)
  const ready = (async () => {
    const t = await tReady
    if (!unmounted) message(t('app.loading'), 'loading')
    // start() is idempotent (HOST-7): a plugin may have started the host already.
    const starting = opts.host.start()
    const self = opts.hostInBackground ? null : await starting
    const me = await meReady
    const sessionId = me.session?.id ?? opts.sessionId
    if (!sessionId) throw new Error(t('app.noSession'))
    const network = opts.network ?? (typeof window === 'undefined' ? undefined : browserNetwork())
    model = createSessionModel({
      api,
      me,
      sessionId,
      serverUrl: opts.serverUrl,
      host: opts.host,
      selfHostId: self?.hostId ?? '',
      selfModerator: self?.moderator ?? false,
      pending: sessionPending(),
      ...(tickets && sessionId === opts.sessionId ? { tickets } : {}),
      lang,
      t,
      ...(network ? { network } : {}),
    })
    const opened = model
    if (!self)
      starting.then(
        (s) => opened.hostStarted(s),
        () => undefined,
      )
    if (unmounted) model.dispose()
    else render(<App m={model} />, element)
    return model
  })()
  ready.catch(async (err: unknown) => {
    const t = await tReady
    if (unmounted) return
    const status = (err as { status?: number }).status
    message(status === 401 || status === 403 ? t('conn.denied4401') : describeError(err, t), 'fatal')
  })
  return {
    ready,
    unmount() {
      unmounted = true
      render(null, element)
      // The host belongs to whoever created it (a plugin may re-mount the sidebar on the same host).
      model?.dispose()
    },
  }
}
