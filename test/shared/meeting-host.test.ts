import assert from 'node:assert/strict'
import { createFakeHost, createStandaloneHost } from '@mediation/sidebar/host'
import { meetingHostContract } from './meeting-host.contract'

meetingHostContract('fake host', async () => {
  const host = createFakeHost({ self: { hostId: 'me', name: 'Mediator', moderator: true } })
  return {
    host,
    provokeEvent: () =>
      host.emit({
        type: 'participants',
        participants: [{ hostId: 'p1', name: 'A', moderator: false, room: { kind: 'main' } }],
      }),
  }
})

meetingHostContract('standalone host', async () => ({ host: createStandaloneHost({ name: 'Screen' }) }), {
  platformEvents: false,
})

describe('fake host', () => {
  it('records what the sidebar asked for and confirms moves with a room event', async () => {
    const host = createFakeHost()
    const rooms: unknown[] = []
    host.on((e) => {
      if (e.type === 'room') rooms.push(e.room)
    })
    await host.moveSelf({ kind: 'caucus', sideId: 's1' })
    await host.closeCaucus()
    assert.deepEqual(
      host.calls.map((c) => c.method),
      ['moveSelf', 'closeCaucus'],
    )
    assert.deepEqual(rooms, [{ kind: 'caucus', sideId: 's1' }, { kind: 'main' }])
  })
})
