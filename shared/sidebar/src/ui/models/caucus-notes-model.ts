import { caucusSchema, localOrigin } from '@mediation/core/domain'
import { computed, type ReadonlySignal } from '@preact/signals'
import type * as Y from 'yjs'
import { observeDoc } from './doc-observer'

/**
 * Applies a textarea's new value to a Y.Text as one minimal splice (common prefix and suffix kept), so
 * concurrent typing by the mediator and the side merges character-wise instead of overwriting.
 */
export function spliceText(text: Y.Text, next: string, origin: unknown): void {
  const prev = text.toString()
  if (prev === next) return
  let start = 0
  while (start < prev.length && start < next.length && prev[start] === next[start]) start++
  let end = 0
  while (
    end < prev.length - start &&
    end < next.length - start &&
    prev[prev.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++
  }
  text.doc?.transact(() => {
    const removed = prev.length - start - end
    if (removed > 0) text.delete(start, removed)
    const inserted = next.slice(start, next.length - end)
    if (inserted) text.insert(start, inserted)
  }, origin)
}

/** The shared notes of one side's caucus document (that side and the mediator only). */
export function createCaucusNotesModel(doc: Y.Doc, by: () => string) {
  const obs = observeDoc(doc)
  const notes = caucusSchema(doc).notes
  const text: ReadonlySignal<string> = computed(() => {
    obs.version.value
    return notes.toString()
  })
  return {
    text,
    edit: (next: string) => spliceText(notes, next, localOrigin(by())),
    dispose: obs.dispose,
  }
}
export type CaucusNotesModel = ReturnType<typeof createCaucusNotesModel>
