/** The mediator's record downloads: which one is running and why one failed (worded by the view). */
import { signal } from '@preact/signals'
import type { Api } from '../../client/api'
import type { RecordItem } from '../../client/download'
import { type DownloadFailure, downloadFailure } from '../../client/download-failure'

export function createRecordsModel(api: Api, sessionId: string) {
  const busy = signal<RecordItem['id'] | null>(null)
  const errors = signal<Partial<Record<RecordItem['id'], DownloadFailure>>>({})
  const download = async (item: RecordItem) => {
    if (busy.value !== null) return
    busy.value = item.id
    const { [item.id]: _, ...rest } = errors.value
    errors.value = rest
    try {
      await api.download(sessionId, item)
    } catch (e) {
      errors.value = { ...errors.value, [item.id]: downloadFailure(e) }
    } finally {
      busy.value = null
    }
  }
  return { busy, errors, download }
}

export type RecordsModel = ReturnType<typeof createRecordsModel>
