import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'
import { artifactPath } from '../support/browser'

/** The test page entry (real sidebar + fake MeetingHost), built next to the product's pages. */
export const FAKE_PAGE = {
  name: 'sidebar-fake',
  entry: 'test/e2e/sidebar-fake-page.tsx',
  title: 'Sidebar test',
}

let built: Promise<string> | undefined
/** Builds the sidebar's pages (standalone, join) plus the test page into one temp folder, once per run. */
export function buildForTests(): Promise<string> {
  built ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sidebar-dist-'))
    await build([...ENTRIES.filter((e) => e.name === 'standalone' || e.name === 'join'), FAKE_PAGE], dir)
    process.once('exit', () => void rm(dir, { recursive: true, force: true }))
    return dir
  })()
  return built
}

export interface SidebarPage {
  context: BrowserContext
  page: Page
  /** JS dialogs (alert, confirm) the page tried to open: must stay empty. */
  dialogs: string[]
  /** Errors thrown in the page. */
  errors: string[]
}

/** Opens the sidebar test page in a fresh context for one credential. */
export async function openSidebar(
  browser: Browser,
  url: string,
  o: {
    credential: string
    sessionId?: string
    lang?: 'nl' | 'en'
    width?: number
    name?: string
    /** More fake-page parameters, e.g. `{caps: 'noMute'}` or `{moderator: 'no'}`. */
    params?: Record<string, string>
    /** A script run before the page's own in every document of the context (stands in for the browser's end). */
    init?: string
    /** Installs Playwright's clock (time runs as usual until a test fast-forwards it). */
    clock?: boolean
  },
): Promise<SidebarPage> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 320, height: 900 },
    locale: o.lang === 'nl' ? 'nl-NL' : 'en-GB',
  })
  if (o.init) await context.addInitScript(o.init)
  if (o.clock) await context.clock.install()
  const page = await context.newPage()
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('pageerror', (e) => errors.push(String(e)))
  const hash = new URLSearchParams({
    t: o.credential,
    lang: o.lang ?? 'en',
    ...(o.sessionId ? { s: o.sessionId } : {}),
    ...(o.name ? { name: o.name } : {}),
    ...o.params,
  })
  await page.goto(`${url}/${FAKE_PAGE.name}/#${hash.toString()}`)
  await page.waitForFunction(() => window.sidebarReady === true)
  await page.locator('[data-testid=conn][data-state=synced]').waitFor()
  return { context, page, dialogs, errors }
}

/** Selects a sidebar tab by its id (rules, turns, caucus, board, agreement, notes). */
export async function tab(page: Page, id: string): Promise<void> {
  await page.click(`#tab-${id}`)
  await page.locator(`#panel-${id}`).waitFor()
}

/** Writes a full-page screenshot to test-artifacts/ and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const path = await artifactPath(`sidebar-${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/**
 * Screenshots of one page at 320 and 1280 px in en and nl (after switching, waits for `nl` text, within `scope`
 * when given), then back in en.
 */
export async function shotsInBothLanguages(
  p: SidebarPage,
  name: string,
  nl: string,
  scope: (page: Page) => Page | Locator = (page) => page,
): Promise<void> {
  for (const width of [320, 1280]) {
    await p.page.setViewportSize({ width, height: 900 })
    await shot(p.page, `${name}-${width}-en`)
  }
  await p.page.click('[data-testid=lang-nl]')
  await scope(p.page).getByText(nl).first().waitFor()
  for (const width of [1280, 320]) {
    await p.page.setViewportSize({ width, height: 900 })
    await shot(p.page, `${name}-${width}-nl`)
  }
  await p.page.click('[data-testid=lang-en]')
  await p.page.locator('.med-sidebar[lang=en]').waitFor()
}
