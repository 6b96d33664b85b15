/**
 * UNDO-1: undo and redo of the mediator's own edits in one document. Y.UndoManager tracks only transactions
 * with this participant's local origin, so it never takes back what someone else wrote (a party's idea, the
 * server's stamps); each edit (one action of the mediator, one transaction) is one step.
 */
import { localOrigin } from '@mediation/core/domain'
import { signal } from '@preact/signals'
import * as Y from 'yjs'

export function createUndoModel(doc: Y.Doc, participantId: string) {
  const manager = new Y.UndoManager(doc, {
    trackedOrigins: new Set([localOrigin(participantId)]),
    captureTimeout: 0,
  })
  const canUndo = signal(false)
  const canRedo = signal(false)
  const sync = () => {
    canUndo.value = manager.canUndo()
    canRedo.value = manager.canRedo()
  }
  for (const e of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) manager.on(e, sync)
  return {
    canUndo,
    canRedo,
    undo: () => void manager.undo(),
    redo: () => void manager.redo(),
    dispose: () => manager.destroy(),
  }
}

export type UndoModel = ReturnType<typeof createUndoModel>
