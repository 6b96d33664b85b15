/**
 * BOARD-UI-2: a party's board commands made while the connection is down are kept, in order, in memory and in this
 * tab's sessionStorage (a reload keeps them), and sent once it is back. Each carries a key made here, so a retry
 * after an answer that never arrived is answered by the server, not applied twice (CMD-4). Bounded in count and size.
 */
import type { BoardCommand } from '@mediation/core/domain'
import type { CommandResponse } from '@mediation/protocol'
import { ApiRequestError, isNetworkError } from './api-error'

/** A kept command; `refused` once the server refused it after a reconnect (the page words its code). */
export interface QueuedCommand {
  key: string
  command: BoardCommand
  refused?: { status: number; code?: string }
}

/** At most this many commands, and this many characters of them (as stored), wait at once. */
export const OUTBOX_LIMITS = { count: 20, chars: 100_000 }

export interface OutboxOptions {
  send: (command: BoardCommand, key: string) => Promise<CommandResponse>
  /** Whether the connection is up now (the session's documents are synced). */
  isUp: () => boolean
  /** Where the list is kept: this tab's sessionStorage by default (null: memory only), under `storageKey`. */
  storage?: Storage | null
  storageKey: string
  newKey: () => string
  /** The wait before the `attempt`th retry after a failure that may pass (the documents' reconnect backoff). */
  retryDelay: (attempt: number) => number
  limits?: { count: number; chars: number }
}

export interface Outbox {
  /** What waits or was refused, in order (not a command being sent while the connection is up). */
  list(): readonly QueuedCommand[]
  /** True after a command did not fit, until something left the list (the page says so; the form keeps the text). */
  full(): boolean
  subscribe(listener: () => void): () => void
  /**
   * Sends `command` (after anything already waiting) and resolves 'sent'; while the connection is down, or when the
   * answer never arrives, keeps it and resolves 'queued'; 'full' when it cannot keep one more (nothing kept). A
   * refusal of a command sent at once rejects (the form keeps its text).
   */
  submit(command: BoardCommand): Promise<'sent' | 'queued' | 'full'>
  /** Sends what waits, in order (the connection is back). */
  flush(): Promise<void>
  /** A refused command, as edited, kept again as a new command at the end; false when it no longer fits. */
  resend(key: string, command: BoardCommand): boolean
  discard(key: string): void
  destroy(): void
}

const KEY = /^[A-Za-z0-9_-]{1,100}$/

/** A failure after which the command may have been applied or may be applied later: keep it and retry. */
function isTransient(err: unknown): boolean {
  return isNetworkError(err) || (err instanceof ApiRequestError && (err.status === 429 || err.status >= 500))
}

/**
 * A board command as this tab stored it: its type and texts checked here (the server checks every field again);
 * the domain's parser is not used so this chunk stays off the sidebar's opening download.
 */
function parsed(raw: unknown): BoardCommand | null {
  if (!raw || typeof raw !== 'object') return null
  const c = raw as Record<string, unknown>
  const known = ['addIdea', 'editIdea', 'withdrawIdea', 'setInterests', 'addPoint', 'editPoint']
  if (typeof c.type !== 'string' || !known.includes(c.type)) return null
  for (const [k, v] of Object.entries(c))
    if (!(typeof v === 'string' || (k === 'pointId' && v === null))) return null
  return c as unknown as BoardCommand
}

/** The kept list from storage, each entry checked again (the domain's own parser), within the bounds. */
function load(storage: Storage | null, key: string, limits: { count: number }): QueuedCommand[] {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(key) ?? '[]')
    if (!Array.isArray(raw)) return []
    const out: QueuedCommand[] = []
    for (const e of raw.slice(0, limits.count) as Partial<QueuedCommand>[]) {
      if (typeof e?.key !== 'string' || !KEY.test(e.key)) continue
      const command = parsed(e.command)
      if (!command) continue
      const r = e.refused
      const refused =
        r && typeof r.status === 'number'
          ? { status: r.status, ...(typeof r.code === 'string' ? { code: r.code } : {}) }
          : null
      out.push({ key: e.key, command, ...(refused ? { refused } : {}) })
    }
    return out
  } catch {
    return []
  }
}

/** This tab's sessionStorage: it survives a reload, not the closing of the tab (null where there is none). */
function tabStorage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

export function createOutbox(o: OutboxOptions): Outbox {
  const limits = o.limits ?? OUTBOX_LIMITS
  const storage = o.storage === undefined ? tabStorage() : o.storage
  let entries = load(storage, o.storageKey, limits)
  /** Commands sent at once whose submit still waits for the answer: hidden from the list meanwhile. */
  const waiters = new Map<string, { resolve: (r: 'sent' | 'queued') => void; reject: (e: unknown) => void }>()
  const listeners = new Set<() => void>()
  let flushing: Promise<void> | null = null
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let destroyed = false
  let full = false

  const changed = () => {
    try {
      if (entries.length === 0) storage?.removeItem(o.storageKey)
      else storage?.setItem(o.storageKey, JSON.stringify(entries))
    } catch {
      // Quota or privacy mode: the list still lives in memory until it is sent.
    }
    for (const l of listeners) l()
  }
  const remove = (key: string) => {
    entries = entries.filter((e) => e.key !== key)
    full = false
  }
  /** Waiters of commands still kept become 'queued': the page shows them as waiting from now on. */
  const releaseWaiters = () => {
    for (const [key, w] of waiters) {
      waiters.delete(key)
      w.resolve('queued')
    }
  }
  const retryLater = () => {
    clearTimeout(timer)
    if (destroyed) return
    timer = setTimeout(() => void outbox.flush(), o.retryDelay(attempt++))
  }

  const run = async () => {
    while (!destroyed && o.isUp()) {
      const next = entries.find((e) => !e.refused)
      if (!next) break
      try {
        await o.send(next.command, next.key)
      } catch (err) {
        if (isTransient(err)) {
          retryLater()
          break
        }
        const w = waiters.get(next.key)
        remove(next.key)
        if (w) {
          // Sent at once and refused: the form still has the text and the notice says why.
          waiters.delete(next.key)
          w.reject(err)
        } else {
          const refused =
            err instanceof ApiRequestError
              ? { status: err.status, ...(err.body.code ? { code: err.body.code } : {}) }
              : { status: 0 }
          entries = [...entries, { ...next, refused }]
        }
        changed()
        continue
      }
      attempt = 0
      remove(next.key)
      const w = waiters.get(next.key)
      waiters.delete(next.key)
      w?.resolve('sent')
      changed()
    }
    releaseWaiters()
    for (const l of listeners) l()
  }

  /** Keeps `command` at the end, or returns null when the list would pass its bounds. */
  const enqueue = (command: BoardCommand): QueuedCommand | null => {
    const entry = { key: o.newKey(), command }
    const next = [...entries, entry]
    full = next.length > limits.count || JSON.stringify(next).length > limits.chars
    if (full) return null
    entries = next
    return entry
  }

  const outbox: Outbox = {
    list: () => entries.filter((e) => !waiters.has(e.key)),
    full: () => full,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    submit(command) {
      const entry = enqueue(command)
      if (!entry) {
        for (const l of listeners) l()
        return Promise.resolve('full')
      }
      if (!o.isUp()) {
        changed()
        return Promise.resolve('queued')
      }
      const answer = new Promise<'sent' | 'queued' | 'full'>((resolve, reject) =>
        waiters.set(entry.key, { resolve, reject }),
      )
      changed()
      void outbox.flush()
      return answer
    },
    flush() {
      // A flush under way may have passed a command added since: look again once it is done.
      if (flushing)
        return flushing.then(() => (o.isUp() && entries.some((e) => !e.refused) ? outbox.flush() : undefined))
      clearTimeout(timer)
      flushing = run().finally(() => {
        flushing = null
      })
      return flushing
    },
    resend(key, command) {
      const before = entries
      remove(key)
      if (!enqueue(command)) {
        entries = before
        for (const l of listeners) l()
        return false
      }
      changed()
      // Sent like any kept command: a new refusal shows in its place again, with the edited text.
      void outbox.flush()
      return true
    },
    discard(key) {
      remove(key)
      changed()
    },
    destroy() {
      destroyed = true
      clearTimeout(timer)
      releaseWaiters()
      listeners.clear()
    },
  }
  return outbox
}
