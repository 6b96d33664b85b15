import assert from 'node:assert/strict'
import type { TicketResponse } from '@mediation/protocol'
import { ticketBatcher } from '@mediation/sidebar/client'
import * as Y from 'yjs'
import {
  api,
  createSessionWithParties,
  openProvider,
  type SessionWithParties,
  startServer,
  synced,
  type TestServer,
} from '../support/server'
import { closedWith } from '../support/sync'

describe('tickets in one request: POST /api/tickets {count}', () => {
  let server: TestServer
  let s: SessionWithParties
  before(async () => {
    server = await startServer({ limits: { ticketBurst: 12, ticketsPerSecond: 0.001 } })
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
  })
  after(() => server.stop())

  it('gives `count` distinct single-use tickets, each opening one socket', async () => {
    const res = await api<TicketResponse>(server, s.invites.A!, 'POST', '/api/tickets', {
      sessionId: s.sessionId,
      count: 3,
    })
    assert.equal(res.status, 201)
    assert.equal(res.body.tickets.length, 3)
    assert.equal(new Set(res.body.tickets).size, 3)
    assert.equal(res.body.ticket, res.body.tickets[0])
    const docs = ['control', 'board', 'agreement'].map((name, i) => {
      const doc = new Y.Doc()
      return openProvider(server, s.sessionId, name, doc, res.body.tickets[i]!)
    })
    try {
      await Promise.all(docs.map((p) => synced(p)))
      const again = openProvider(server, s.sessionId, 'control', new Y.Doc(), res.body.tickets[0]!)
      assert.equal(await closedWith(again), 4401, 'a ticket opens one socket only')
      again.destroy()
    } finally {
      for (const p of docs) p.destroy()
    }
  })

  it('refuses a count out of range (400) and charges every ticket to the budget: all or none (429)', async () => {
    for (const count of [0, 9, 1.5, '3']) {
      const r = await api<{ code?: string }>(server, s.invites.B!, 'POST', '/api/tickets', {
        sessionId: s.sessionId,
        count,
      })
      assert.equal(r.status, 400, `count ${JSON.stringify(count)}`)
    }
    // B's burst is 12: 8 + 4 pass, then even one more is refused.
    const eight = await api<TicketResponse>(server, s.invites.B!, 'POST', '/api/tickets', {
      sessionId: s.sessionId,
      count: 8,
    })
    assert.equal(eight.status, 201)
    const five = await api<{ code: string }>(server, s.invites.B!, 'POST', '/api/tickets', {
      sessionId: s.sessionId,
      count: 5,
    })
    assert.deepEqual([five.status, five.body.code], [429, 'LIMIT-TICKETS'], 'more than is left: none given')
    const four = await api<TicketResponse>(server, s.invites.B!, 'POST', '/api/tickets', {
      sessionId: s.sessionId,
      count: 4,
    })
    assert.deepEqual([four.status, four.body.tickets.length], [201, 4], 'what was left is still there')
    const one = await api<{ code: string }>(server, s.invites.B!, 'POST', '/api/tickets', {
      sessionId: s.sessionId,
    })
    assert.deepEqual([one.status, one.body.code], [429, 'LIMIT-TICKETS'])
  })

  it("the sidebar client's batcher asks once for the tickets requested in one turn (and splits above 8)", async () => {
    const asked: number[] = []
    let serial = 0
    const next = ticketBatcher(async (n) => {
      asked.push(n)
      return Array.from({ length: n }, () => `t${serial++}`)
    })
    const first = await Promise.all(Array.from({ length: 5 }, () => next()))
    assert.deepEqual(asked, [5])
    assert.equal(new Set(first).size, 5)
    // Five documents each asking from their own 0 ms timer, as doc connections do.
    const timed = await Promise.all(
      Array.from({ length: 5 }, () => new Promise<string>((r) => setTimeout(() => r(next()), 0))),
    )
    assert.deepEqual(asked, [5, 5])
    assert.equal(new Set([...first, ...timed]).size, 10)
    await Promise.all(Array.from({ length: 11 }, () => next()))
    assert.deepEqual(asked, [5, 5, 8, 3])
    const failing = ticketBatcher(() => Promise.reject(new Error('429')))
    const results = await Promise.allSettled([failing(), failing()])
    assert.deepEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    )
  })
})
