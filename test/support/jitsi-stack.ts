/**
 * The whole Jitsi stack for browser tests: the fake Jitsi deployment (HTTPS, real external_api.js), the real
 * companion server with the Jitsi routes and the built Jitsi page, one Chromium, and a session with two sides.
 * Every page records everything it received (request URLs, response bodies, WebSocket frames) so a test can
 * prove what a page never saw.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { jitsiConfigFromEnv, jitsiMount } from '@mediation/companion-server/jitsi'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'
import { launchBrowser } from './browser'
import type { FakeJitsiRules } from './fake-meeting/conference'
import { type FakeJitsi, startFakeJitsi } from './fake-meeting/server'
import { createSessionWithParties, type SessionWithParties, startServer, type TestServer } from './server'

export const JWT_SECRET = 'fake-deployment-secret'

export interface OpenedPage {
  page: Page
  context: BrowserContext
  /** Everything this page (and its iframes) received, as text. */
  seen: string[]
}

/** Polls `check` until it returns a truthy value or `ms` passes (then throws with `what`). */
export async function until<T>(
  what: string,
  check: () => T | Promise<T>,
  // Generous: a loaded 2-core CI machine mounts a meeting iframe in seconds, not milliseconds.
  ms = 20_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms
  for (let delay = 20; ; delay = Math.min(delay * 2, 200)) {
    const v = await check()
    if (v) return v as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, delay))
  }
}

/** Clicks "Join meeting" on the fake's prejoin screen of the page's meeting iframe. */
export async function joinFromPrejoin(page: Page): Promise<void> {
  await page.frameLocator('iframe').locator('#prejoin-join').click()
}

/** What the fake deployment plays: self-hosted with HS256 tokens (default), open, JaaS, or meet.jit.si (demo). */
export type Deployment = 'hs256' | 'open' | 'jaas' | 'demo'
export const JAAS_APP_ID = 'vpaas-magic-cookie-test'

function deploymentConfig(kind: Deployment) {
  if (kind === 'open' || kind === 'demo') return { fakeOpts: {}, env: {}, key: '' }
  if (kind === 'hs256') {
    const env = { JITSI_APP_ID: 'mediation', JITSI_APP_SECRET: JWT_SECRET }
    return { fakeOpts: { jwtSecret: JWT_SECRET }, env, key: '' }
  }
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const env = { JAAS_APP_ID, JAAS_KEY_ID: `${JAAS_APP_ID}/k1`, JAAS_PRIVATE_KEY_FILE: 'jaas.pem' }
  const key = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  return { fakeOpts: { jwtPublicKey: publicKey }, env, key }
}

/**
 * Starts the stack; `close()` stops it all.
 */
export async function startJitsiStack(
  opts: {
    deployment?: Deployment
    pages?: string[]
    language?: 'nl' | 'en'
    /** Deviations from the documented Jitsi behaviour the fake plays (FakeJitsiRules), by name. */
    rules?: Partial<FakeJitsiRules>
  } = {},
) {
  const kind = opts.deployment ?? 'hs256'
  const dep = deploymentConfig(kind)
  const distRoot = await mkdtemp(join(tmpdir(), 'jitsi-dist-'))
  // The Jitsi page always; the invite and practice pages too when a test starts where a user starts.
  const names = new Set(['jitsi', ...(opts.pages ?? [])])
  const entries = ENTRIES.filter((e) => names.has(e.name))
  if (entries.length !== names.size) throw new Error(`scripts/build.ts lacks one of ${[...names]}`)
  const [fake] = await Promise.all([
    startFakeJitsi({ ...dep.fakeOpts, ...(opts.rules ? { rules: opts.rules } : {}) }),
    build(entries, distRoot),
  ])
  // JaaS and meet.jit.si have fixed hosts; Chromium resolves them to the fake (the origin stays theirs).
  const fixedHost = kind === 'jaas' ? '8x8.vc' : kind === 'demo' ? 'meet.jit.si' : null
  const env: Record<string, string> = fixedHost ? dep.env : { ...dep.env, JITSI_DOMAIN: fake.domain }
  const cfg = jitsiConfigFromEnv(env, () => dep.key, join(distRoot, 'jitsi'))
  const server: TestServer = await startServer({ routers: [jitsiMount(cfg)], staticDir: distRoot })
  const port = fake.domain.split(':')[1]
  const extraArgs = fixedHost ? [`--host-resolver-rules=MAP ${fixedHost} 127.0.0.1:${port}`] : []
  const browser: Browser = await launchBrowser({ media: 'fake', extraArgs })
  const session: SessionWithParties = await createSessionWithParties(server, {
    sides: ['A', 'B'],
    extra: [{ key: 'sec', role: 'secretariat', name: 'Sam Secretary' }],
    ...(opts.language ? { language: opts.language } : {}),
  })
  const contexts: BrowserContext[] = []

  /** A fresh browser profile that records everything its pages receive. */
  async function newPage(
    opts: { width?: number; height?: number; locale?: string } = {},
  ): Promise<OpenedPage> {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      ...(opts.locale ? { locale: opts.locale } : {}),
      viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    })
    contexts.push(context)
    const seen: string[] = []
    context.on('request', (r) => void seen.push(r.url()))
    context.on('response', (r) => {
      r.text().then(
        (t) => seen.push(t),
        () => undefined,
      )
    })
    const page = await context.newPage()
    page.on('websocket', (ws) => {
      seen.push(ws.url())
      ws.on(
        'framereceived',
        (f) => void seen.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('latin1')),
      )
    })
    return { page, context, seen }
  }

  const credentialOf = (key: string) => {
    const credential = key === 'mediator' ? session.mediatorToken : session.invites[key]
    if (!credential) throw new Error(`no credential for ${key}`)
    return credential
  }

  /** Opens the Jitsi page as `key` ('mediator', 'A', 'B'). */
  async function open(
    key: string,
    opts: {
      width?: number
      height?: number
      lang?: 'nl' | 'en'
      prejoin?: 'click' | 'leave'
      query?: string
    } = {},
  ): Promise<OpenedPage> {
    const credential = credentialOf(key)
    const opened = await newPage(opts)
    const lang = opts.lang ?? 'en'
    await opened.page.goto(
      `${server.url}/jitsi/?session=${session.sessionId}&lang=${lang}&confirm=1500${opts.query ?? ''}#credential=${credential}`,
    )
    // As a person does: check the devices on Jitsi's prejoin screen and join (the fake shows it per mount).
    if (fake.conference.rules.prejoin && (opts.prejoin ?? 'click') === 'click')
      await joinFromPrejoin(opened.page)
    return opened
  }

  return {
    fake: fake as FakeJitsi,
    server,
    session,
    browser,
    open,
    newPage,
    credentialOf,
    /** The fake-conference endpoint of a session participant ('mediator', 'A', 'B'), once joined. */
    endpoint: (key: string) =>
      until(`${key} in the meeting`, () => fake.conference.endpointOf(session.participants[key]!.id)),
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close()
      await server.stop()
      await fake.close()
      await rm(distRoot, { recursive: true, force: true })
    },
  }
}

export type JitsiStack = Awaited<ReturnType<typeof startJitsiStack>>
