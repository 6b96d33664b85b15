import assert from 'node:assert/strict'
import { createLogger } from '@mediation/companion-server'
import * as Y from 'yjs'
import {
  api,
  connectDoc,
  createSessionWithParties,
  fetchTicket,
  openProvider,
  synced,
} from '../support/server'
import { useServer } from '../support/use-server'

describe('logs: structured, and never a token, ticket or password', () => {
  const lines: string[] = []
  const logger = createLogger({ level: 'debug', destination: { write: (l: string) => void lines.push(l) } })
  const server = useServer({ logger })

  it('requests with Authorization headers, ticket query params, invite links and passwords leave no secret in the log', async () => {
    const s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    const secrets = [s.mediatorToken, ...Object.values(s.invites), 'correct horse battery']
    const ticket = await fetchTicket(server, s.invites.A!, s.sessionId)
    secrets.push(ticket)
    const p = openProvider(server, s.sessionId, 'board', new Y.Doc(), ticket)
    await synced(p)
    p.destroy()
    // A failing login, a request with the ticket in its query, an invite link, and a socket with a spent ticket.
    await api(server, null, 'POST', '/api/login', {
      email: 'mediator@example.org',
      password: 'correct horse battery x',
    })
    await api(server, s.invites.B!, 'GET', `/api/me?ticket=${ticket}&token=${s.invites.B}`)
    await fetch(`${server.url}/join/${s.invites.A}`)
    const q = await connectDoc(server, s.invites.B!, s.sessionId, 'board', new Y.Doc())
    await synced(q)
    q.destroy()
    const log = lines.join('')
    assert.ok(lines.length > 10, `captured ${lines.length} log lines`)
    for (const l of lines) JSON.parse(l) // every line is structured JSON
    assert.match(log, /\/join\/\[redacted\]/)
    assert.match(log, /ticket=\[redacted\]/)
    for (const secret of secrets)
      assert.ok(!log.includes(secret), `a secret (${secret.slice(0, 4)}…) leaked into the log`)
  })
})
