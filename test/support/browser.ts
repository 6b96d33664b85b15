import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Browser, chromium, type LaunchOptions } from 'playwright-core'
import { chromiumPath } from './programs'

/** Where tests write screenshots and other artifacts a person should look at. */
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Starts Debian's headless Chromium; `media` adds the fake camera/microphone (and, unless denied, auto-grants them). */
export async function launchBrowser(
  opts: { media?: 'fake' | 'deny'; extraArgs?: string[] } & LaunchOptions = {},
): Promise<Browser> {
  const { media, extraArgs = [], ...rest } = opts
  const args = [...BASE_ARGS, ...extraArgs]
  if (media) args.push('--use-fake-device-for-media-stream')
  if (media === 'fake') args.push('--use-fake-ui-for-media-stream')
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args,
    ...rest,
  })
}

/** The path for an artifact file, creating the folder. */
export async function artifactPath(name: string): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true })
  return join(ARTIFACTS, name)
}
