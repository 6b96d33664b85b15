import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { serverOrigin, setPhase } from '@mediation/core/domain'
import { createApi } from '@mediation/sidebar/client'
import { createStatusModel, type FocusSource, type StatusModel } from '@mediation/sidebar/ui'
import { effect } from '@preact/signals'
import { api, createSessionWithParties, type SessionWithParties } from '../../support/server'
import { useServer } from '../../support/use-server'

/** Resolves once `pred` holds for the model (checked on every signal change), or fails after 5 s. */
function until(model: StatusModel, pred: (m: StatusModel) => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => {}
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`timed out waiting for ${what}`))
    }, 5000)
    stop = effect(() => {
      model.status.value
      model.conn.value
      if (pred(model)) {
        clearTimeout(timer)
        queueMicrotask(() => stop())
        resolve()
      }
    })
  })
}

describe('sidebar status model: the secretariat follows the phase over REST', () => {
  const server = useServer()
  let s: SessionWithParties
  const models: StatusModel[] = []
  before(async () => {
    s = await createSessionWithParties(server, { sides: ['A'], extra: [{ key: 'sec', role: 'secretariat' }] })
  })
  afterEach(() => {
    for (const m of models.splice(0)) m.dispose()
  })

  const open = (credential: string, focus: FocusSource) => {
    const m = createStatusModel(createApi({ serverUrl: server.url, credential }), s.sessionId, focus, 60_000)
    models.push(m)
    return m
  }

  it('reads the phase, and reads it again when the tab regains focus', async () => {
    const focus = new EventTarget()
    const m = open(s.invites.sec!, focus)
    await until(m, (x) => x.conn.value.state === 'synced' && x.status.value?.phase === 'intake', 'intake')
    assert.equal(m.status.value?.title, 'Test session')
    const mediator = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    await server.context.rooms.withDocs([`${s.sessionId}/control`], ([control]) =>
      setPhase(
        control!,
        { phase: 'opening' },
        { actor: mediator, now: Date.now(), origin: serverOrigin(s.mediatorId), newId: randomUUID },
      ),
    )
    focus.dispatchEvent(new Event('focus'))
    await until(m, (x) => x.status.value?.phase === 'opening', 'opening after focus')
  })

  it('a revoked invite ends in a denied line (as a closed socket would), not a spinner', async () => {
    const focus = new EventTarget()
    const m = open(s.invites.sec!, focus)
    await until(m, (x) => x.conn.value.state === 'synced', 'synced')
    const res = await api(
      server,
      s.mediatorToken,
      'DELETE',
      `/api/sessions/${s.sessionId}/invites/${s.inviteIds.sec}`,
    )
    assert.equal(res.status, 204)
    focus.dispatchEvent(new Event('focus'))
    await until(m, (x) => x.conn.value.state === 'denied', 'denied')
    assert.equal(m.conn.value.code, 4401)
  })
})
