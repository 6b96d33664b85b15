import assert from 'node:assert/strict'
import { parseIceServers } from '../../companion-server/src/prep/ice-config'

describe('prep: ICE_SERVERS configuration', () => {
  it('accepts a JSON list of STUN/TURN servers and treats unset as none', () => {
    assert.deepEqual(parseIceServers(undefined), [])
    assert.deepEqual(parseIceServers('  '), [])
    assert.deepEqual(
      parseIceServers(
        '[{"urls":"stun:stun.example.org:3478"},{"urls":["turn:t.example.org"],"username":"u","credential":"c"}]',
      ),
      [
        { urls: 'stun:stun.example.org:3478' },
        { urls: ['turn:t.example.org'], username: 'u', credential: 'c' },
      ],
    )
  })

  it('refuses malformed values with the reason, so the server does not start half-configured', () => {
    assert.throws(() => parseIceServers('{nope'), /ICE_SERVERS is not JSON/)
    assert.throws(() => parseIceServers('[{"urls":"http://x"}]'), /start with stun:, stuns:, turn: or turns:/)
    assert.throws(() => parseIceServers('[{"urls":"stun:x","extra":1}]'), /ICE_SERVERS is invalid/)
  })
})
