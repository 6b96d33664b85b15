/** Wiring of the record feature: the server context holds its options; the app builds the service from them. */
import type { AppContext } from '../http/context'
import { createRecordService } from './record-service'
import type { VerificationStore } from './verification-store'

export interface RecordOptions {
  codes: VerificationStore
  /** Time zone of the dates printed in the record (default Europe/Amsterdam). */
  timeZone?: string
}

/** The record service for a server context. */
export function recordServiceFor(
  ctx: Pick<AppContext, 'rooms' | 'now' | 'publicUrl' | 'prep' | 'directory'>,
  opts: RecordOptions,
) {
  return createRecordService({
    rooms: ctx.rooms,
    prep: ctx.prep.store,
    directory: ctx.directory,
    codes: opts.codes,
    now: ctx.now,
    publicUrl: ctx.publicUrl,
    timeZone: opts.timeZone,
  })
}
