import type {
  CommandResponse,
  MeResponse,
  Note,
  NoteInput,
  PartyCommand,
  SessionStatus,
  TicketResponse,
} from '@mediation/protocol'
import { ApiRequestError, asApiError } from './api-error'
import type { RecordItem } from './download'

/** The companion server's REST API as the sidebar uses it; every call carries the bearer credential. */
export interface Api {
  me(): Promise<MeResponse>
  ticket(sessionId: string): Promise<TicketResponse>
  /** `count` tickets in one request (at most MAX_TICKETS_PER_REQUEST). */
  tickets(sessionId: string, count: number): Promise<TicketResponse>
  /** Title, kind, phase and language: readable by everyone in the session, without opening a document. */
  sessionStatus(sessionId: string): Promise<SessionStatus>
  /** With `key`, the server applies a repeat of the same command only once (CMD-4). */
  command(sessionId: string, command: PartyCommand, key?: string): Promise<CommandResponse>
  listNotes(sessionId: string): Promise<Note[]>
  createNote(sessionId: string, input: NoteInput): Promise<Note>
  updateNote(sessionId: string, id: string, revision: number, input: NoteInput): Promise<Note>
  /** Fetches a record file with this credential and hands it to the browser; resolves to its file name. */
  download(sessionId: string, item: RecordItem): Promise<string>
  /** One JSON call with this credential, for what loads later (the mediator's safety screening, the ending panel). */
  call: Call
  /** SAFETY-6: a party's "end now". */
  safetyExit(sessionId: string): Promise<void>
  /** SAFETY-8: whether `text` holds this participant's own code word (the server records the match). */
  safetyWord(sessionId: string, text: string): Promise<boolean>
}

export interface ApiOptions {
  serverUrl: string
  credential: string
  fetch?: typeof fetch
}

/** One JSON call to the companion server; errors become `ApiRequestError` with the server's `{error, ...}`. */
export type Call = <T>(
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<T>

/** The call every page uses; without a credential (setup, login) no Authorization header is sent. */
export function createCall({
  serverUrl,
  credential,
  fetch: fetchImpl = globalThis.fetch.bind(globalThis),
}: {
  serverUrl: string
  credential: string | null
  fetch?: typeof fetch
}): Call {
  const base = serverUrl.replace(/\/$/, '')
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetchImpl(`${base}${path}`, {
      method,
      headers: {
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
    })
    const text = await res.text()
    const parsed: unknown = text ? safeJson(text) : null
    if (!res.ok)
      throw new ApiRequestError(res.status, asApiError(parsed, res.statusText || `HTTP ${res.status}`))
    return parsed as T
  }
}

/** Builds the REST client; the credential never goes into a URL, only into the Authorization header. */
export function createApi({ serverUrl, credential, fetch: fetchImpl }: ApiOptions): Api {
  const call = createCall({ serverUrl, credential, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
  const sid = (id: string) => `/api/sessions/${encodeURIComponent(id)}`
  return {
    me: () => call<MeResponse>('GET', '/api/me'),
    ticket: (sessionId) => call<TicketResponse>('POST', '/api/tickets', { sessionId }),
    tickets: (sessionId, count) => call<TicketResponse>('POST', '/api/tickets', { sessionId, count }),
    sessionStatus: (sessionId) => call<SessionStatus>('GET', `${sid(sessionId)}/status`),
    command: (sessionId, command, key) =>
      call<CommandResponse>(
        'POST',
        `${sid(sessionId)}/commands`,
        command,
        key ? { 'idempotency-key': key } : {},
      ),
    listNotes: async (sessionId) => {
      const out = await call<Note[] | { notes: Note[] }>('GET', `${sid(sessionId)}/notes`)
      return Array.isArray(out) ? out : out.notes
    },
    createNote: (sessionId, input) => call<Note>('POST', `${sid(sessionId)}/notes`, input),
    updateNote: (sessionId, id, revision, input) =>
      call<Note>('PUT', `${sid(sessionId)}/notes/${encodeURIComponent(id)}`, input, {
        'if-match': String(revision),
      }),
    call,
    safetyExit: async (sessionId) => void (await call<null>('POST', `${sid(sessionId)}/prep/safety/exit`)),
    safetyWord: async (sessionId, text) =>
      (await call<{ match: boolean }>('POST', `${sid(sessionId)}/prep/safety/word`, { text })).match,
    // The download code is fetched on the first download, not with the page.
    download: (sessionId, item) =>
      import('./download').then((m) =>
        m.downloadRecord({
          serverUrl,
          credential,
          sessionId,
          file: item.file,
          ...(item.query ? { query: item.query } : {}),
        }),
      ),
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
