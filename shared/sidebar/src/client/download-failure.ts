/** Why a record download failed; apart from download.ts so the sidebar's opening does not carry the download. */
import { ApiRequestError, isNetworkError } from './api-error'

/** Why a download failed, for the page to word (never the server's own English sentence). */
export type DownloadFailure = 'network' | 'gone' | 'denied' | 'failed'

/** Classifies a download error by what the reader can do about it. */
export function downloadFailure(err: unknown): DownloadFailure {
  if (isNetworkError(err)) return 'network'
  if (!(err instanceof ApiRequestError)) return 'failed'
  if (err.status === 404) return 'gone'
  if (err.status === 401 || err.status === 403) return 'denied'
  return 'failed'
}
