/**
 * bench:open — a party opening the session on a phone: from the click on the invite page's "open" button (or
 * the agreement page's own URL) until the page shows the synced session, in Debian's
 * Chromium with DevTools' emulation of a slow 4G phone (1.6 Mbps down, 750 kbps up, 150 ms latency, 4× CPU
 * slowdown) and unthrottled. Each run has a fresh browser context (cold cache) and a fresh session; median of RUNS.
 * The Jitsi and Zoom pages are not measured here: they need their platform doubles (the fake Jitsi deployment,
 * the Zoom client emulator) in the page, which would be measured with them.
 * Also counts the requests (HTTP and WebSocket) and the bytes the page moved over HTTP (as sent on the wire,
 * i.e. compressed where the server compresses).
 *
 * `--baseline <git ref>` builds that commit's pages too (from `git archive`, with this checkout's node_modules)
 * and measures them in the same invocation, served by the same server, so the two rows compare like with like.
 * Usage: npm run bench:open [-- --runs 3 --baseline 43e56e1]
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { build, ENTRIES, ROOT } from '../../scripts/build'
import { launchBrowser } from '../support/browser'
import { runProgram } from '../support/programs'
import { createSessionWithParties, setupMediator, startServer, type TestServer } from '../support/server'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    baseline: { type: 'string' },
  },
})
const RUNS = Number(values.runs)

const PHONE = { latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 }

interface Measured {
  ms: number
  bytes: number
  requests: number
  sockets: number
}

/** Counts what the page moves: HTTP requests with their encoded (on-the-wire) sizes, and WebSockets. */
function countTraffic(cdp: CDPSession): () => Omit<Measured, 'ms'> {
  let bytes = 0
  let requests = 0
  let sockets = 0
  cdp.on('Network.requestWillBeSent', () => {
    requests++
  })
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    bytes += e.encodedDataLength
  })
  cdp.on('Network.webSocketCreated', () => {
    sockets++
  })
  return () => ({ bytes, requests, sockets })
}

async function throttle(cdp: CDPSession, phone: boolean): Promise<void> {
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
  if (!phone) return
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

type Scenario = (
  page: Page,
  server: TestServer,
  token: string,
) => Promise<{ start: () => Promise<void>; done: () => Promise<void> }>

/** The sidebar, the way a party reaches it: the invite link, then "open the session". */
const sidebar: Scenario = async (page, server, token) => {
  await page.goto(`${server.url}/join/${token}`)
  await page.locator('[data-testid=open-sidebar]').waitFor()
  return {
    start: () => page.click('[data-testid=open-sidebar]'),
    done: () => page.locator('[data-testid=conn][data-state=synced]').waitFor({ timeout: 60_000 }),
  }
}

/** The agreement page, opened with the party's credential in its fragment (as the sidebar's link does). */
const agreement: Scenario = async (page, server, token) => {
  await page.goto(`${server.url}/join/${token}`)
  await page.locator('[data-testid=open-sidebar]').waitFor()
  const href = await page.locator('[data-testid=open-sidebar]').getAttribute('href')
  const fragment = href?.slice(href.indexOf('#')) ?? ''
  return {
    start: async () => {
      await page.goto(`${server.url}/agreement/${fragment}`)
    },
    done: () => page.locator('main.agr [data-testid=status]').waitFor({ timeout: 60_000 }),
  }
}

const SCENARIOS: [string, Scenario][] = [
  ['sidebar (invite → open)', sidebar],
  ['agreement page', agreement],
]

async function once(
  browser: Browser,
  server: TestServer,
  mediatorToken: string,
  scenario: Scenario,
  phone: boolean,
): Promise<Measured> {
  const s = await createSessionWithParties(server, { sides: ['A', 'B'], mediatorToken })
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL' })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const run = await scenario(page, server, s.invites.A!)
  await throttle(cdp, phone)
  const traffic = countTraffic(cdp)
  const t0 = performance.now()
  await run.start()
  await run.done()
  const ms = performance.now() - t0
  const counted = traffic()
  await context.close()
  return { ms, ...counted }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN

async function measure(browser: Browser, label: string, staticDir: string): Promise<void> {
  const server = await startServer({ staticDir })
  // One login per server: a run per session would meet the login budget (429 LIMIT-SETUP).
  const { token } = await setupMediator(server)
  try {
    for (const [name, scenario] of SCENARIOS) {
      const row: string[] = []
      for (const phone of [true, false]) {
        const runs: Measured[] = []
        for (let r = 0; r < RUNS; r++) runs.push(await once(browser, server, token, scenario, phone))
        const m = runs.find((x) => x.ms === median(runs.map((y) => y.ms)))!
        row.push(`${(m.ms / 1000).toFixed(2)} s (${runs.map((x) => (x.ms / 1000).toFixed(2)).join(', ')})`)
        if (phone) row.push(`${(m.bytes / 1024).toFixed(1)} KB`, `${m.requests} + ${m.sockets} ws`)
      }
      console.log(`| ${label} | ${name} | ${row[0]} | ${row[1]} | ${row[2]} | ${row[3]} |`)
    }
  } finally {
    await server.stop()
  }
}

/** Builds `ref`'s pages: its files from git, this checkout's packages (workspace packages linked to its own). */
async function buildBaseline(ref: string): Promise<{ dist: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-open-baseline-'))
  const tarball = `${dir}.tar`
  await runProgram('git', ['-C', ROOT, 'archive', '--format=tar', '-o', tarball, ref])
  await runProgram('tar', ['-xf', tarball, '-C', dir])
  await rm(tarball)
  const modules = join(dir, 'node_modules')
  await mkdir(modules)
  for (const name of await readdir(join(ROOT, 'node_modules'))) {
    if (name === '@mediation' || name === '.bin') continue
    await symlink(join(ROOT, 'node_modules', name), join(modules, name))
  }
  await mkdir(join(modules, '@mediation'))
  for (const name of await readdir(join(ROOT, 'node_modules/@mediation'))) {
    const own = await readlink(join(ROOT, 'node_modules/@mediation', name))
    await symlink(own, join(modules, '@mediation', name))
  }
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: dir, stdio: 'ignore' })
  return { dist: join(dir, 'dist'), cleanup: () => rm(dir, { recursive: true, force: true }) }
}

const dist = await mkdtemp(join(tmpdir(), 'bench-open-dist-'))
await build(ENTRIES, dist)
const baseline = values.baseline ? await buildBaseline(values.baseline) : null
const browser = await launchBrowser()
console.log(
  `bench:open — median of ${RUNS} runs, fresh context each (Chromium ${browser.version()}; phone: ` +
    `${PHONE.downloadThroughput * 8e-3} kbps down, ${PHONE.uploadThroughput * 8e-3} kbps up, ${PHONE.latency} ms, 4× CPU)`,
)
console.log(
  '| build | page | phone: open → synced (runs) | phone: HTTP bytes | requests | unthrottled (runs) |',
)
console.log('|---|---|---|---|---|---|')
try {
  if (baseline) await measure(browser, `baseline ${values.baseline}`, baseline.dist)
  await measure(browser, 'this build', dist)
} finally {
  await browser.close()
  await baseline?.cleanup()
  await rm(dist, { recursive: true, force: true })
}
