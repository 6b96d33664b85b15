/** What the mediator does to one session: create, archive or reactivate, delete, invite, revoke. */

import type { InviteRequest } from '@mediation/protocol'
import type { Signal } from '@preact/signals'
import type { ConsoleApi, NewSession, SessionDetails } from './console-api'
import { plainError } from './plain-error'
import type { ConsoleKey, ConsoleText } from './strings'

/** An invite link as shown once, right after the invite. */
export interface ShownInvite {
  name: string
  url: string
}

type Run = <T>(fn: () => Promise<T>) => Promise<T | undefined>

export interface SessionActionDeps {
  /** The logged-in API; null after logout (an action then fails like any other call). */
  api: () => ConsoleApi | null
  /** A mediator's action: clears the old notice, shows a failure in plain words, resolves undefined on failure. */
  act: Run
  /** The same without clearing the notice (follow-up reads). */
  run: Run
  refresh: () => Promise<void>
  route: () => Promise<void>
  ok: (key: ConsoleKey, vars?: Record<string, string | number>) => void
  current: Signal<SessionDetails | null>
  shown: Signal<ShownInvite | null>
  t: () => ConsoleText
}

export function sessionActions(d: SessionActionDeps) {
  const api = (): ConsoleApi => {
    const a = d.api()
    if (!a) throw new Error('not logged in')
    return a
  }
  const reload = async (id: string) => {
    const details = await d.run(() => api().session(id))
    if (details) d.current.value = details
  }
  return {
    async create(body: NewSession) {
      const s = await d.act(() => api().create(body))
      if (!s) return
      await d.refresh()
      d.ok('createdDone', { title: s.title })
      location.hash = `#/session/${encodeURIComponent(s.id)}`
    },
    async setStatus(s: SessionDetails, status: 'active' | 'archived') {
      const updated = await d.act(() => api().setStatus(s.id, status))
      if (!updated) return
      d.current.value = updated
      await d.refresh()
      d.ok(status === 'archived' ? 'archivedDone' : 'reactivatedDone', { title: s.title })
    },
    async remove(s: SessionDetails) {
      const report = await d.act(() => api().remove(s.id))
      if (!report) return
      // What the server says now: the session is gone (its answer to a fresh look-up, in plain words).
      const check = await api()
        .session(s.id)
        .then(
          () => null,
          (e: unknown) => plainError(e, d.t()).message,
        )
      await d.refresh()
      history.replaceState(null, '', location.pathname)
      await d.route()
      d.ok('deleteDone', {
        title: report.title,
        documents: d.t()('deletedDocuments', { n: report.removed.documents.length }),
        notes: d.t()('deletedNotes', { n: report.removed.notes }),
        participants: d.t()('deletedParticipants', { n: report.removed.participants }),
        answer: check ?? '—',
      })
    },
    /** Resolves true when the invite was made; its link is then shown once. */
    async sendInvite(s: SessionDetails, req: InviteRequest) {
      const res = await d.act(() => api().invite(s.id, req))
      if (!res) return false
      d.shown.value = { name: res.participant.name, url: res.invite.url }
      await reload(s.id)
      return true
    },
    async revoke(s: SessionDetails, inviteId: string, name: string) {
      if ((await d.act(() => api().revoke(s.id, inviteId))) === undefined) return
      await reload(s.id)
      d.ok('revokeDone', { name })
    },
  }
}
