import type { DraftView, Participant, SessionKind } from '@mediation/core/domain'
import { getDraft, isLocked, listAgreements, listVersions, signoffStatus } from '@mediation/core/domain'
import { computed, signal } from '@preact/signals'
import type * as Y from 'yjs'
import { observeDoc, safeQuery } from './doc-observer'

const EMPTY: DraftView = {
  agreementId: 'first',
  document: null,
  clauses: [],
  text: '',
  hash: '',
  locked: false,
}

/** Where "what I last saw" is kept between visits (per session and participant, on this device only). */
export interface SeenStore {
  load(): Record<string, string> | null
  save(seen: Record<string, string>): void
}

/** A SeenStore in localStorage (or nowhere, where storage is blocked as in some webviews). */
export function localSeenStore(key: string): SeenStore {
  return {
    load() {
      try {
        const raw = globalThis.localStorage?.getItem(key)
        return raw ? (JSON.parse(raw) as Record<string, string>) : null
      } catch {
        return null
      }
    },
    save(seen) {
      try {
        globalThis.localStorage?.setItem(key, JSON.stringify(seen))
      } catch {
        // Storage full or blocked: highlights then only last for this page view.
      }
    },
  }
}

/**
 * The agreement draft, its versions and sign-offs, and which clauses changed since this person last looked.
 * `roster` (the session's participants, read reactively) lets "every side signed" be known (SIGN-4).
 */
export function createAgreementModel(
  doc: Y.Doc,
  seenStore: SeenStore,
  roster: () => readonly Participant[] = () => [],
  sessionKind: () => SessionKind = () => 'mediation',
) {
  const obs = observeDoc(doc)
  const q = <T>(fn: () => T, fallback: T) =>
    computed(() => {
      obs.version.value
      return safeQuery(fn, fallback)
    })
  const draft = q(() => getDraft(doc), EMPTY)
  const seen = signal<Record<string, string> | null>(seenStore.load())
  const changes = computed(() => {
    const last = seen.value
    const out = new Map<string, 'new' | 'changed'>()
    if (!last) return out
    for (const c of draft.value.clauses) {
      if (!(c.id in last)) out.set(c.id, 'new')
      else if (last[c.id] !== c.text) out.set(c.id, 'changed')
    }
    return out
  })
  const snapshot = () => Object.fromEntries(draft.value.clauses.map((c) => [c.id, c.text]))
  return {
    doc,
    draft,
    versions: q(() => listVersions(doc), []),
    /** SIGN-9: every agreement of the session; the last is the one the draft, versions and sign-offs are of. */
    agreements: computed(() => {
      obs.version.value
      const kind = sessionKind()
      return safeQuery(() => listAgreements(doc, kind), [])
    }),
    signoffs: computed(() => {
      obs.version.value
      const participants = roster()
      return safeQuery(() => signoffStatus(doc, participants), [])
    }),
    locked: q(() => isLocked(doc), false),
    changes,
    /** Records the current draft as seen (first call happens once the draft has synced). */
    markSeen() {
      const s = snapshot()
      seen.value = s
      seenStore.save(s)
    },
    /** Called once the draft first synced: on a first visit, what is there now counts as seen. */
    initSeen() {
      if (seen.value === null) this.markSeen()
    },
    dispose: obs.dispose,
  }
}
export type AgreementModel = ReturnType<typeof createAgreementModel>
