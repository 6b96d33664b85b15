/**
 * Downloads of the record. The credential travels only in the Authorization header (never in a URL, where it
 * would end up in history and logs), so files are fetched and handed to the browser as a blob.
 */
import { asApiError } from './api'
import { ApiRequestError } from './api-error'

/** The record files a session offers (who may fetch which is the server's decision). */
export type RecordFile =
  | 'agreement.pdf'
  | 'agreement.json'
  | 'agreement.txt'
  | 'timelog.csv'
  | 'notes.pdf'
  | 'notes.md'

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
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  // The browser reads the blob asynchronously after the click: revoke it later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return name
}
