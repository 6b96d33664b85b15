import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FEATURE_APIS, featuresFor, GUEST_MODE_APIS, ZOOM_CAPABILITIES } from '@mediation/plugin-zoom'
import { guestModeApis } from '../support/zoom-sdk-docs'

const SRC = fileURLToPath(new URL('../../plugin-zoom/src/', import.meta.url))
/** SDK members that are not capabilities: `config` itself and listener removal. */
const NOT_CAPABILITIES = new Set(['config', 'removeEventListener'])

async function sources(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await sources(path)))
    else if (/\.tsx?$/.test(entry.name)) out.push(await readFile(path, 'utf8'))
  }
  return out
}

describe('Zoom capabilities: config lists exactly what the app uses', () => {
  it('every SDK method or event the plugin calls is in ZOOM_CAPABILITIES, and every capability is used', async () => {
    const code = (await sources(SRC)).join('\n')
    const used = new Set([...code.matchAll(/\b(?:sdk|zoomSdk)\.(\w+)\s*\(/g)].map((m) => m[1] ?? ''))
    const removed = [...code.matchAll(/removeEventListener\(\s*'(\w+)'/g)].map((m) => m[1] ?? '')
    const listened = [...code.matchAll(/listen\(\s*'(\w+)'/g)].map((m) => m[1] ?? '')
    const declared = new Set<string>(ZOOM_CAPABILITIES)
    assert.ok(used.size > 10, 'the scan found the adapter’s SDK calls')
    for (const name of [...used, ...removed, ...listened]) {
      if (NOT_CAPABILITIES.has(name)) continue
      assert.ok(declared.has(name), `${name} is called but not declared in ZOOM_CAPABILITIES`)
    }
    for (const name of declared) assert.ok(used.has(name), `${name} is declared but never called`)
    assert.equal(declared.size, ZOOM_CAPABILITIES.length, 'no duplicates')
  })

  it('every feature names only declared APIs', () => {
    const declared = new Set<string>(ZOOM_CAPABILITIES)
    for (const [feature, apis] of Object.entries(FEATURE_APIS)) {
      for (const api of apis) assert.ok(declared.has(api), `${feature} needs undeclared ${api}`)
    }
  })

  it('the guest-mode list is what sdk.d.ts says: each capability marked "Supports Guest Mode: Yes", and no other', () => {
    const documented = guestModeApis()
    assert.ok(
      documented.has('getUserContext') && !documented.has('getMeetingParticipants'),
      'the scan read the docs',
    )
    const expected = ZOOM_CAPABILITIES.filter((api) => documented.has(api)).sort()
    assert.deepEqual([...GUEST_MODE_APIS].sort(), expected)
  })

  it('a guest party keeps the session, hands and rooms; what Zoom keeps from guests is off with the reason "guest"', () => {
    const guest = featuresFor('attendee', new Set(), true)
    assert.deepEqual(guest.ownSpeaking, { on: false, reason: 'guest', apis: ['onMyActiveSpeakerChange'] })
    assert.equal(guest.raiseHand.on, true)
    assert.equal(guest.nudge.on, true)
    assert.equal(guest.rooms.on, false)
    assert.equal(featuresFor('attendee', new Set(), false).ownSpeaking.on, true, 'signed in: on again')
    // An unsupported API is the stronger reason (signing in would not help).
    const old = featuresFor('attendee', new Set(['onMyActiveSpeakerChange']), true)
    assert.equal(old.ownSpeaking.on === false && old.ownSpeaking.reason, 'unsupported')
  })
})
