/**
 * Security headers on every HTML route the server mounts: each built page, the invite link, the Jitsi page, the
 * Zoom app, the front door and a 404. Then Chromium: no page trips its own CSP, and another site cannot frame
 * the console (clickjacking of the mediator's login).
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import { zoomConfigFrom, zoomMount } from '@mediation/companion-server/zoom'
import type { Browser } from 'playwright-core'
import { build } from '../../scripts/build'
import { launchBrowser } from '../support/browser'
import { useServer } from '../support/use-server'

const JITSI = 'meet.example.org'

/** Every HTML route: one per built page folder, plus the routes that serve a page by hand. */
async function htmlRoutes(dist: string): Promise<string[]> {
  const pages = (await readdir(dist, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && existsSync(join(dist, e.name, 'index.html')))
    .map((e) => `/${e.name}/`)
  return [...pages, '/', '/join/abcDEF123', '/jitsi', '/zoom/', '/no-such-page']
}

describe('security headers on every page (helmet, per-page CSP, frame-ancestors)', function () {
  this.timeout(180_000)
  let dist: string
  let browser: Browser
  let framer: Server

  const server = useServer(async () => {
    dist = await mkdtemp(join(tmpdir(), 'headers-dist-'))
    await build(undefined, dist)
    const jitsi = jitsiConfigFromEnv({ JITSI_DOMAIN: JITSI }, () => '', join(dist, 'jitsi'))
    const zoom = zoomConfigFrom({ ZOOM_CLIENT_ID: 'id', ZOOM_CLIENT_SECRET: 'secret' }, join(dist, 'zoom'))
    return { staticDir: dist, routers: [jitsiMount(jitsi), zoomMount(zoom)] }
  })
  before(async () => {
    browser = await launchBrowser()
    // Another origin (another port) that tries to frame the console.
    framer = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html')
      res.end(`<!doctype html><iframe id="f" src="${server.url}/console/" width="600" height="400"></iframe>`)
    })
    await new Promise<void>((r) => framer.listen(0, '127.0.0.1', r))
  })
  after(async () => {
    await browser?.close()
    framer?.close()
    await rm(dist, { recursive: true, force: true })
  })

  it('every HTML route: CSP with frame-ancestors, nosniff, Referrer-Policy; only the Zoom app may be framed (by Zoom)', async () => {
    const routes = await htmlRoutes(dist)
    for (const p of ['/console/', '/join/', '/agreement/', '/practice/', '/standalone/', '/jitsi/', '/zoom/'])
      assert.ok(routes.includes(p), `${p} is among the walked routes`)
    for (const route of routes) {
      const res = await fetch(`${server.url}${route}`, { redirect: 'manual' })
      const csp = res.headers.get('content-security-policy') ?? ''
      const label = `${route} (${res.status})`
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', label)
      if (res.status >= 300 && res.status < 400) {
        // A redirect (/jitsi → /jitsi/, / → /console/) has no body to frame; serve-static sends default-src 'none'.
        assert.match(csp, /default-src '(self|none)'/, label)
        continue
      }
      assert.ok(res.headers.get('referrer-policy'), `${label} Referrer-Policy`)
      assert.match(csp, /default-src 'self'/, label)
      assert.match(csp, /object-src 'none'/, label)
      if (route.startsWith('/zoom')) {
        assert.match(csp, /frame-ancestors 'self' https:\/\/\*\.zoom\.us/, label)
        assert.equal(res.headers.get('x-frame-options'), null, `${label}: Zoom's web client frames it`)
      } else {
        assert.match(csp, /frame-ancestors 'none'/, label)
        assert.equal(res.headers.get('x-frame-options'), 'DENY', label)
      }
      if (route.startsWith('/jitsi')) {
        assert.match(csp, new RegExp(`frame-src https://${JITSI}`), `${label} frames its deployment`)
        assert.match(csp, new RegExp(`script-src 'self' https://${JITSI}`), `${label} loads external_api.js`)
      } else if (!route.startsWith('/zoom')) {
        assert.match(csp, /frame-src 'none'/, label)
      }
    }
  })

  it('the API answers carry the same headers (a JSON body is never sniffed as HTML)', async () => {
    const res = await fetch(`${server.url}/api/openapi.json`)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff')
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/)
  })

  it('no page trips its own Content-Security-Policy in Chromium', async () => {
    const context = await browser.newContext()
    const violations: string[] = []
    let reported: () => void = () => {}
    await context.exposeFunction('reportViolation', (v: string) => {
      violations.push(v)
      reported()
    })
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${location.pathname}: ${e.violatedDirective} ${e.blockedURI}`,
        ),
      )
    })
    for (const route of ['/console/', '/join/abcDEF123', '/agreement/', '/practice/', '/standalone/']) {
      const page = await context.newPage()
      await page.goto(`${server.url}${route}`, { waitUntil: 'load' })
      // The app ran: its root holds rendered content or, without a credential, the sentence saying so.
      await page
        .waitForFunction(() => (document.querySelector('#app')?.textContent ?? '').trim() !== '', null, {
          timeout: 15_000,
        })
        .catch((e: Error) =>
          assert.fail(`${route} did not render: ${e.message}; violations: ${violations.join(' | ')}`),
        )
      await page.close()
    }
    assert.deepEqual(violations, [])
    // The listener does see a violation: a script from another origin is refused and reported.
    const control = await context.newPage()
    await control.goto(`${server.url}/console/`)
    const seen = new Promise<void>((resolve) => {
      reported = resolve
    })
    await control.evaluate(() => {
      const script = document.createElement('script')
      script.src = 'https://cdn.example.invalid/x.js'
      document.head.append(script)
    })
    await seen
    assert.match(violations[0]!, /^\/console\/: script-src-elem https:\/\/cdn\.example\.invalid/)
    await context.close()
  })

  it('another site cannot frame the console (the login stays out of clickjacking reach)', async () => {
    const page = await browser.newPage()
    const { port } = framer.address() as AddressInfo
    const blocked = page.waitForEvent('console', (m) => /frame-ancestors|Refused to frame/i.test(m.text()))
    await page.goto(`http://127.0.0.1:${port}/`)
    assert.match((await blocked).text(), /frame-ancestors 'none'/)
    const frame = page.frames().find((f) => f !== page.mainFrame())
    assert.ok(frame)
    assert.equal(await frame.locator('input').count(), 0, 'no console form inside the frame')
    await page.close()
  })
})
