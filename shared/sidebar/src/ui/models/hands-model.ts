import type { QueueEntry } from '@mediation/core/domain'
import type { Language } from '@mediation/protocol'
import { computed, effect, type ReadonlySignal, signal, untracked } from '@preact/signals'
import { formatList, type Translate } from '../i18n/i18n'
import type { Chime } from './chime'

/** The page title, as the sidebar may prefix it (the page that mounts the sidebar owns the base title). */
export interface TitleTarget {
  get(): string
  set(title: string): void
}

/** One remembered on/off choice on this device. */
export interface FlagStore {
  load(): boolean
  save(on: boolean): void
}

export interface HandsDeps {
  queue: ReadonlySignal<QueueEntry[]>
  nameOf: ReadonlySignal<(id: string) => string>
  t: ReadonlySignal<Translate>
  lang: ReadonlySignal<Language>
  /** Becomes true once the queue is the server's: hands already up by then are not news. */
  synced: ReadonlySignal<boolean>
  /** The mediator's page alerts (title, announcement, chime); everyone sees the count. */
  alert: boolean
  title: TitleTarget | null
  chime: Chime
  chimeFlag: FlagStore
}

/** A live-region message; `seq` changes with each one so the same words are announced again. */
export interface Announcement {
  seq: number
  text: string
}

/** Raised hands as the sidebar signals them: a count for the Turns tab, and for the mediator the page title,
 * a polite announcement of each new hand and an optional chime (HANDS-1..3). */
export function createHandsModel(d: HandsDeps) {
  const count = computed(() => d.queue.value.length)
  const announcement = signal<Announcement>({ seq: 0, text: '' })
  const chimeOn = signal(d.alert && d.chimeFlag.load())
  const stops: (() => void)[] = []
  if (d.alert) {
    if (d.title) stops.push(titleCount(d.title, count))
    let known: Set<string> | null = null
    stops.push(
      effect(() => {
        const queue = d.queue.value
        if (!d.synced.value) return
        const fresh = known ? queue.filter((q) => !known?.has(q.participantId)) : []
        known = new Set(queue.map((q) => q.participantId))
        if (fresh.length === 0) return
        untracked(() => {
          const names = formatList(
            fresh.map((q) => d.nameOf.value(q.participantId)),
            d.lang.value,
          )
          const text = d.t.value('hands.raised', { n: fresh.length, names, waiting: queue.length })
          announcement.value = { seq: announcement.value.seq + 1, text }
          if (chimeOn.value) d.chime.play()
        })
      }),
    )
  }
  return {
    count,
    announcement: announcement as ReadonlySignal<Announcement>,
    chimeOn: chimeOn as ReadonlySignal<boolean>,
    setChime(on: boolean) {
      chimeOn.value = on
      d.chimeFlag.save(on)
    },
    dispose() {
      for (const stop of stops) stop()
      d.chime.dispose()
    },
  }
}
export type HandsModel = ReturnType<typeof createHandsModel>

/**
 * Keeps "(n) " in front of the page's title while n hands wait. The base is whatever the page last set
 * itself (Jitsi, Zoom and the standalone page each have their own), and is put back at 0 and on dispose.
 */
function titleCount(title: TitleTarget, count: ReadonlySignal<number>): () => void {
  let base = title.get()
  let written = base
  const stop = effect(() => {
    const n = count.value
    const now = title.get()
    if (now !== written) base = now
    written = n > 0 ? `(${n}) ${base}` : base
    if (now !== written) title.set(written)
  })
  return () => {
    stop()
    if (title.get() === written && written !== base) title.set(base)
  }
}

/** A FlagStore in localStorage, off where storage is blocked (as in some webviews). */
export function localFlag(key: string): FlagStore {
  return {
    load() {
      try {
        return globalThis.localStorage?.getItem(key) === 'on'
      } catch {
        return false
      }
    },
    save(on) {
      try {
        globalThis.localStorage?.setItem(key, on ? 'on' : 'off')
      } catch {
        // Blocked storage: the choice then lasts for this page view only.
      }
    },
  }
}

/** The browser tab's title, where there is one. */
export function documentTitle(): TitleTarget | null {
  if (typeof document === 'undefined') return null
  return {
    get: () => document.title,
    set: (title) => {
      document.title = title
    },
  }
}
