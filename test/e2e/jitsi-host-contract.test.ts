/**
 * The shared MeetingHost contract, run against the REAL Jitsi adapter: it runs in Chromium with the real
 * @jitsi/react-sdk (preact/compat) and the real external_api.js, talking to the fake meeting over postMessage.
 */
import assert from 'node:assert/strict'
import { mintToken } from '@mediation/companion-server/jitsi'
import type { JitsiRoomResponse } from '@mediation/protocol'
import { build } from 'esbuild'
import type { Browser, BrowserContext } from 'playwright-core'
import { meetingHostContract } from '../shared/meeting-host.contract'
import { launchBrowser } from '../support/browser'
import { type FakeJitsi, startFakeJitsi } from '../support/fake-meeting/server'
import { createHostProxy } from '../support/jitsi-host-proxy'
import { until } from '../support/jitsi-stack'

const SECRET = 'contract-secret'

async function bundleHarness(): Promise<string> {
  const out = await build({
    entryPoints: [new URL('../support/jitsi-host-page.tsx', import.meta.url).pathname],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: {
      react: 'preact/compat',
      'react-dom': 'preact/compat',
      'react/jsx-runtime': 'preact/jsx-runtime',
    },
    write: false,
    logLevel: 'error',
  })
  return out.outputFiles[0]?.text ?? ''
}

describe('Jitsi adapter (plugin-jitsi/src/host.ts) in Chromium', function () {
  this.timeout(60_000)
  let fake: FakeJitsi
  let browser: Browser
  let context: BrowserContext
  let n = 0
  before(async () => {
    ;[fake, browser] = await Promise.all([
      startFakeJitsi({ jwtSecret: SECRET }),
      launchBrowser({ media: 'fake' }),
    ])
    fake.serve('/_harness/host.js', 'text/javascript', await bundleHarness())
    fake.serve(
      '/_harness/',
      'text/html',
      '<!doctype html><div id="app"></div><script src="/_harness/host.js"></script>',
    )
    context = await browser.newContext({ ignoreHTTPSErrors: true })
  })
  after(async () => {
    await browser?.close()
    await fake?.close()
  })

  /** Opens the harness page as a fresh participant of a fresh room; the adapter is attached on return. */
  async function openHarness(moderator: boolean, roomName = `contract${++n}`) {
    const participantId = `contract-${moderator ? 'mediator' : 'party'}-${++n}`
    const cfg = {
      domain: fake.domain,
      tokens: { kind: 'hs256' as const, appId: 'mediation', secret: SECRET },
      roomSecret: Buffer.from('x'),
      tokenTtlSec: 600,
      appDir: '',
    }
    const room: JitsiRoomResponse = {
      domain: fake.domain,
      jaasAppId: null,
      room: roomName,
      where: { kind: 'main' },
      jwt: mintToken(cfg, { id: participantId, name: 'Mira', moderator, room: roomName }, Date.now()),
      tokens: 'hs256',
      demo: false,
      displayName: 'Mira',
      moderator,
      participantId,
      role: moderator ? 'mediator' : 'party',
    }
    const page = await context.newPage()
    const proxy = createHostProxy(page)
    await proxy.exposeEvents()
    await page.goto(`https://${fake.domain}/_harness/#${encodeURIComponent(JSON.stringify(room))}`)
    await until('the adapter attached its meeting', () =>
      page.evaluate(() => window.jitsiHost.capabilities().raiseHand),
    )
    await proxy.ready()
    return { page, proxy, roomName, participantId }
  }

  meetingHostContract('jitsi (real adapter, react-sdk and external_api.js)', async () => {
    const { page, proxy, roomName, participantId } = await openHarness(true)
    return {
      host: proxy.host,
      async provokeEvent() {
        const disposing = proxy.disposed()
        if (disposing) {
          await disposing
          // A disposed adapter must have disposed its meeting: the iframe's connection goes away.
          await until(
            'the meeting connection closed after dispose',
            () => !fake.conference.endpointOf(participantId),
          )
          fake.conference.addGhost(roomName)
          return
        }
        await until('this page joined', () => fake.conference.endpointOf(participantId))
        const id = fake.conference.addGhost(roomName)
        await until('the join reached the adapter', () =>
          proxy.log.some((e) => e.type === 'participants' && e.participants.some((p) => p.hostId === id)),
        )
      },
      cleanup: () => page.close(),
    }
  })

  it("JITSI-HOST-1 a party's adapter refuses muteAllExcept: nothing is sent, a failure is reported", async () => {
    const { page, proxy, participantId } = await openHarness(false)
    const self = await proxy.host.start()
    assert.equal(self.moderator, false)
    await assert.rejects(proxy.host.muteAllExcept(null), /forbidden/)
    const from = fake.conference.endpointOf(participantId)!.id
    assert.deepEqual(
      fake.conference.received.filter((r) => r.from === from && r.name.startsWith('mute')),
      [],
    )
    assert.ok(proxy.log.some((e) => e.type === 'failure' && e.action === 'muteAllExcept'))
    await page.close()
  })

  it('JITSI-HOST-2 setHand twice while the first is unconfirmed sends one toggle (a toggle would undo it)', async () => {
    const { page, proxy, participantId } = await openHarness(false)
    await proxy.host.start()
    await page.evaluate(() => Promise.all([window.jitsiHost.setHand(true), window.jitsiHost.setHand(true)]))
    const me = fake.conference.endpointOf(participantId)!
    assert.ok(me.hand > 0, 'the hand is up')
    assert.equal(
      fake.conference.received.filter((r) => r.from === me.id && r.name === 'toggle-raise-hand').length,
      1,
    )
    await page.close()
  })

  it('JITSI-HOST-3 leave() hangs up this page’s own call (video-hangup) and resolves true once the conference is left; the room goes on for the others', async () => {
    const { page, proxy, roomName, participantId } = await openHarness(false)
    await proxy.host.start()
    const other = fake.conference.addGhost(roomName)
    const me = fake.conference.endpointOf(participantId)!.id
    assert.equal(await proxy.host.leave(), true)
    assert.ok(fake.conference.received.some((r) => r.from === me && r.name === 'video-hangup'))
    await until('this page left the conference', () => !fake.conference.endpointOf(participantId))
    assert.ok(other, 'the other participant is still in the room')
    await page.close()
  })
})
