/**
 * Wiring of the record feature: its verification store next to the session stores, and its routes as a
 * router. `createServer` mounts it; tests can mount it the same way through `routers`.
 */
import { Router } from 'express'
import type { RouterMount } from '../http/app'
import type { AppContext } from '../http/context'
import { createRecordService } from './record-service'
import { recordRoutes } from './routes'
import type { VerificationStore } from './verification-store'

export interface RecordOptions {
  codes: VerificationStore
  /** Time zone of the dates printed in the record (default Europe/Amsterdam). */
  timeZone?: string
}

/** The record service for a server context. */
export function recordServiceFor(ctx: AppContext, opts: RecordOptions) {
  return createRecordService({
    rooms: ctx.rooms,
    codes: opts.codes,
    now: ctx.now,
    publicUrl: ctx.publicUrl,
    timeZone: opts.timeZone,
  })
}

/** The record routes as a router mounted at the root (paths are absolute: /api/sessions/:id/record/..., /api/verify). */
export function recordMount(opts: RecordOptions): RouterMount {
  return {
    path: '/',
    create: (ctx) => {
      const router = Router()
      for (const r of recordRoutes(ctx, recordServiceFor(ctx, opts))) router[r.method](r.path, r.handler)
      return router
    },
  }
}
