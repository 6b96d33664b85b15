import { type ReadonlySignal, signal } from '@preact/signals'
import type * as Y from 'yjs'

/** The one observer of a document: a version signal that models' computed queries depend on. */
export interface DocObserver {
  readonly version: ReadonlySignal<number>
  dispose(): void
}

/** Bumps `version` after every transaction that changed the document (local, remote or server-applied). */
export function observeDoc(doc: Y.Doc): DocObserver {
  const version = signal(0)
  const onUpdate = () => {
    version.value++
  }
  doc.on('update', onUpdate)
  return { version, dispose: () => doc.off('update', onUpdate) }
}

/**
 * Runs a query, falling back while the document has not synced (or a query fails on odd data) so a view
 * never crashes on a half-loaded document.
 */
export function safeQuery<T>(query: () => T, fallback: T): T {
  try {
    return query()
  } catch (err) {
    console.warn('query failed', err)
    return fallback
  }
}
