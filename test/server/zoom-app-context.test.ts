import assert from 'node:assert/strict'
import { AppContextError, mainMeetingOf, verifyAppContext } from '@mediation/companion-server/zoom'
import { contextClaims, encryptAppContext } from '../support/zoom-emulator-context'

const clientId = 'client-abc'
const clientSecret = 'secret-of-the-app'
const now = 1_700_000_000_000

function refused(fn: () => unknown, reason: string) {
  assert.throws(fn, (err: unknown) => err instanceof AppContextError && err.reason === reason)
}

describe('Zoom app context (X-Zoom-App-Context)', () => {
  it('decrypts a valid header and returns its claims', () => {
    const header = encryptAppContext(contextClaims({ clientId, meeting: 'M1', uid: 'u1', now }), clientSecret)
    const ctx = verifyAppContext(header, { clientId, clientSecret, now })
    assert.equal(ctx.mid, 'M1')
    assert.equal(ctx.uid, 'u1')
    assert.equal(ctx.attendrole, 'participant')
    assert.equal(mainMeetingOf(ctx), 'M1')
  })

  it('finds the main meeting inside a breakout room (pid)', () => {
    const claims = contextClaims({ clientId, meeting: 'M1', room: 'R7', now })
    const ctx = verifyAppContext(encryptAppContext(claims, clientSecret), { clientId, clientSecret, now })
    assert.equal(ctx.mid, 'R7')
    assert.equal(mainMeetingOf(ctx), 'M1')
  })

  it('refuses an expired context (exp is epoch ms)', () => {
    const header = encryptAppContext(
      contextClaims({ clientId, meeting: 'M1', now: now - 121_000 }),
      clientSecret,
    )
    refused(() => verifyAppContext(header, { clientId, clientSecret, now }), 'expired')
  })

  it('refuses a tampered ciphertext, tag or IV', () => {
    const header = encryptAppContext(contextClaims({ clientId, meeting: 'M1', now }), clientSecret)
    const bytes = Buffer.from(header, 'base64')
    for (const at of [1, 20, bytes.length - 20, bytes.length - 1]) {
      const copy = Buffer.from(bytes)
      copy[at] = (copy[at] ?? 0) ^ 0x01
      refused(() => verifyAppContext(copy.toString('base64'), { clientId, clientSecret, now }), 'unauthentic')
    }
  })

  it('refuses a context made with another secret', () => {
    const header = encryptAppContext(contextClaims({ clientId, meeting: 'M1', now }), 'another-secret')
    refused(() => verifyAppContext(header, { clientId, clientSecret, now }), 'unauthentic')
  })

  it('refuses a context for another app (aud) or from another issuer (iss)', () => {
    const otherAud = encryptAppContext(
      contextClaims({ clientId: 'other-app', meeting: 'M1', now }),
      clientSecret,
    )
    refused(() => verifyAppContext(otherAud, { clientId, clientSecret, now }), 'audience')
    const otherIss = encryptAppContext(
      { ...contextClaims({ clientId, meeting: 'M1', now }), iss: 'evil.example' },
      clientSecret,
    )
    refused(() => verifyAppContext(otherIss, { clientId, clientSecret, now }), 'issuer')
  })

  it('refuses truncated and garbage input as malformed', () => {
    const header = encryptAppContext(contextClaims({ clientId, meeting: 'M1', now }), clientSecret)
    refused(() => verifyAppContext(header.slice(0, 30), { clientId, clientSecret, now }), 'malformed')
    refused(() => verifyAppContext('', { clientId, clientSecret, now }), 'malformed')
    refused(() => verifyAppContext('!!!not base64', { clientId, clientSecret, now }), 'malformed')
  })
})
