/**
 * State of the standalone agreement page: the live draft and its versions (the sidebar's agreement model,
 * so "changed since you last looked" is shared with the sidebar on this device) plus who is in the session,
 * read from the control document. Sign-off validity always comes from the domain's `signoffStatus`.
 */

import type { Participant, SessionInfo, Side, VersionSignoffs } from '@mediation/core/domain'
import { getSession, listParticipants, listSides, signoffStatus } from '@mediation/core/domain'
import { createAgreementModel, type SeenStore } from '@mediation/sidebar/ui/models/agreement-model'
import { observeDoc, safeQuery } from '@mediation/sidebar/ui/models/doc-observer'
import { computed, signal } from '@preact/signals'
import type * as Y from 'yjs'

export type AgreementStatus = 'draft' | 'signed' | 'locked'

/** Builds the page model over the (synced or syncing) control and agreement documents. */
export function createPageModel(control: Y.Doc, agreement: Y.Doc, store: SeenStore) {
  const ctl = observeDoc(control)
  const agr = observeDoc(agreement)
  // The last snapshot seen, also here, so a clause that disappeared counts as a change too.
  const lastSeen = signal(store.load())
  const seen: SeenStore = {
    load: () => lastSeen.value,
    save(snapshot) {
      lastSeen.value = snapshot
      store.save(snapshot)
    },
  }
  // The session kind decides the first agreement's default kind (SIGN-10); read from control, defined below.
  const model = createAgreementModel(agreement, seen, undefined, () => session.value?.kind ?? 'mediation')
  const removedSinceSeen = computed(() => {
    const last = lastSeen.value
    if (!last) return false
    const now = new Set(model.draft.value.clauses.map((c) => c.id))
    return Object.keys(last).some((id) => !now.has(id))
  })
  const fromControl = <T>(fn: () => T, fallback: T) =>
    computed(() => {
      ctl.version.value
      return safeQuery(fn, fallback)
    })
  const session = fromControl<SessionInfo | null>(() => getSession(control), null)
  const participants = fromControl<Participant[]>(() => listParticipants(control), [])
  const sides = fromControl<Side[]>(() => listSides(control), [])
  // With the roster, so "every side signed" is known (the sidebar model reads sign-offs without it).
  const signoffs = computed<VersionSignoffs[]>(() => {
    agr.version.value
    const roster = participants.value
    return safeQuery(() => signoffStatus(agreement, roster), [])
  })
  const status = computed<AgreementStatus>(() => {
    if (model.locked.value) return 'locked'
    const latest = model.versions.value.at(-1)
    const s = latest && signoffs.value.find((x) => x.versionId === latest.id)
    return s?.allSidesSigned && latest?.hash === model.draft.value.hash ? 'signed' : 'draft'
  })
  return {
    ...model,
    session,
    participants,
    sides,
    signoffs,
    status,
    removedSinceSeen,
    dispose() {
      model.dispose()
      ctl.dispose()
      agr.dispose()
    },
  }
}
export type PageModel = ReturnType<typeof createPageModel>
