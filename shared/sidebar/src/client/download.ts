/**
 * Downloads of the record. The credential travels only in the Authorization header (never in a URL, where it
 * would end up in history and logs), so files are fetched and handed to the browser as a blob.
 */
import { ApiRequestError, asApiError } from './api-error'

/** The record files a session offers (who may fetch which is the server's decision). */
export type RecordFile =
  | 'agreement.pdf'
  | 'agreement.json'
  | 'agreement.txt'
  | 'timelog.csv'
  | 'notes.pdf'
  | 'notes.md'
  | 'ending.pdf'
  | 'dossier.zip'

/** One download the mediator is offered: the console and the sidebar show the same list. */
export interface RecordItem {
  id:
    | 'agreement-pdf'
    | 'agreement-print'
    | 'timelog-nl'
    | 'timelog-intl'
    | 'notes-pdf'
    | 'notes-md'
    | 'ending-pdf'
    | 'dossier-zip'
  file: RecordFile
  query?: Record<string, string>
}

/** One of the mediator's record downloads (the ending statement is offered apart, once the session ended). */
export type MediatorRecord = RecordItem & { id: Exclude<RecordItem['id'], 'ending-pdf'> }

/** The mediator's records, in the order they are offered. */
export const MEDIATOR_RECORDS: readonly MediatorRecord[] = [
  // RETAIN-1: everything below in one file; deleting the session requires it first.
  { id: 'dossier-zip', file: 'dossier.zip' },
  { id: 'agreement-pdf', file: 'agreement.pdf' },
  // The same agreement laid out for wet signatures: a block per party and initials on every page.
  { id: 'agreement-print', file: 'agreement.pdf', query: { layout: 'print' } },
  { id: 'timelog-nl', file: 'timelog.csv', query: { format: 'nl' } },
  { id: 'timelog-intl', file: 'timelog.csv', query: { format: 'intl' } },
  { id: 'notes-pdf', file: 'notes.pdf' },
  { id: 'notes-md', file: 'notes.md' },
]

export { type DownloadFailure, downloadFailure } from './download-failure'

export interface DownloadRequest {
  serverUrl: string
  credential: string
  sessionId: string
  file: RecordFile
  /** Query parameters, e.g. `{format: 'intl'}` for the international time log. */
  query?: Record<string, string>
}

/** Fetches a record file and saves it under the server's file name; a refusal throws ApiRequestError. */
export async function downloadRecord(r: DownloadRequest): Promise<string> {
  const query = r.query ? `?${new URLSearchParams(r.query).toString()}` : ''
  const path = `/api/sessions/${encodeURIComponent(r.sessionId)}/record/${r.file}${query}`
  const res = await fetch(`${r.serverUrl.replace(/\/$/, '')}${path}`, {
    headers: { authorization: `Bearer ${r.credential}` },
  })
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null)
    throw new ApiRequestError(res.status, asApiError(body, `HTTP ${res.status}`))
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? r.file
  saveBlob(await res.blob(), name)
  return name
}

/** Hands a blob to the browser as a download named `name` (the one way every page saves a file). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // The browser reads the blob asynchronously after the click: revoke it later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
