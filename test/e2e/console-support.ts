/** Shared setup of the console e2e tests: the built pages (console + the pages it links to) and small helpers. */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'

let built: Promise<string> | undefined
const PAGES = ['console', 'join', 'standalone', 'agreement', 'practice']

/** Builds the console and the pages it opens (only those that exist in ENTRIES) into a temp folder, once. */
export function buildConsolePages(): Promise<string> {
  built ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'console-dist-'))
    await build(
      ENTRIES.filter((e) => PAGES.includes(e.name)),
      dir,
    )
    process.once('exit', () => void rm(dir, { recursive: true, force: true }))
    return dir
  })()
  return built
}

export interface OpenedPage {
  context: BrowserContext
  page: Page
  errors: string[]
  dialogs: string[]
}

/** A fresh browser context (own sessionStorage) with a page that records page errors and JS dialogs. */
export async function newPage(
  browser: Browser,
  o: { width: number; locale: 'en-GB' | 'nl-NL'; height?: number; clipboardOf?: string },
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: o.width, height: o.height ?? 900 },
    locale: o.locale,
  })
  if (o.clipboardOf)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: o.clipboardOf })
  const page = await context.newPage()
  const errors: string[] = []
  const dialogs: string[] = []
  page.on('pageerror', (e) => errors.push(String(e)))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  return { context, page, errors, dialogs }
}

/** True when the page does not scroll sideways. */
export const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)

/**
 * The mediator's path into a session's page: the console at 1280 px in Dutch, signed in with the test mediator's
 * login (test/support/server.ts), the first session opened from the list.
 */
export async function openFirstSessionAsMediator(browser: Browser, serverUrl: string): Promise<OpenedPage> {
  const desk = await newPage(browser, { width: 1280, locale: 'nl-NL' })
  const p = desk.page
  await p.goto(`${serverUrl}/console/`)
  await p.getByLabel('E-mailadres').fill('mediator@example.org')
  await p.getByLabel('Wachtwoord', { exact: true }).fill('correct horse battery')
  await p.getByRole('button', { name: 'Inloggen' }).click()
  await p.getByTestId('session-item').first().locator('a').click()
  await p.getByTestId('session-page').waitFor()
  return desk
}
