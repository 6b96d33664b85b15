/**
 * SAFETY-4 on the sync sockets: whether each session is held for its safety screening, known without a file
 * read, so a raw write to `control` can be checked before it is applied (a CRDT update cannot be taken back).
 * The prep store is wrapped (`trackSafetyHolds`): every change of a session's prep data (an intake answer, the
 * mediator's assessment, new questions) updates the remembered hold as it is stored.
 */
import { defaultIntakeQuestions, safetyHeld } from '@mediation/core/prep'
import type { PrepData, PrepStore } from './store'

type Kind = Parameters<typeof defaultIntakeQuestions>[0]

const heldIn = (d: PrepData | null, kind: Kind): boolean =>
  d ? safetyHeld(d.questions ?? defaultIntakeQuestions(kind), d.intake, d.safety) : false

export class SafetyHolds {
  /** Sessions read so far (at most one entry per session, dropped when it is deleted). */
  private readonly held = new Map<string, boolean>()

  constructor(
    private readonly store: PrepStore,
    /** The session's kind, whose default questions apply until the mediator edits them (COACH-5). */
    private readonly kindOf: (sessionId: string) => Kind,
  ) {}

  /** Reads the session's screening once; later changes arrive through the tracked store. */
  async load(sessionId: string): Promise<void> {
    if (this.held.has(sessionId)) return
    const d = await this.store.load(sessionId)
    if (!this.held.has(sessionId)) this.held.set(sessionId, heldIn(d, this.kindOf(sessionId)))
  }

  /** Whether moves into joint session are held; a session never loaded counts as held (fail closed). */
  isHeld(sessionId: string): boolean {
    return this.held.get(sessionId) ?? true
  }

  note(sessionId: string, d: PrepData | null): void {
    this.held.set(sessionId, heldIn(d, this.kindOf(sessionId)))
  }

  forget(sessionId: string): void {
    this.held.delete(sessionId)
  }
}

/** `store` with every stored change reported to `holds`. */
export function trackSafetyHolds(store: PrepStore, holds: SafetyHolds): PrepStore {
  return {
    load: (id) => store.load(id),
    async update(id, change) {
      let stored: PrepData | null = null
      const result = await store.update(id, (d) => {
        const r = change(d)
        stored = d
        return r
      })
      holds.note(id, stored)
      return result
    },
    async deleteSession(id) {
      await store.deleteSession(id)
      holds.forget(id)
    },
  }
}
