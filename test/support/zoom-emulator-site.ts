import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import express from 'express'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** A static site on port 0 serving the adapter harness (real SDK + real adapter), bundled with esbuild. */
export async function startHarnessSite(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'zoom-harness-'))
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { harness: join(ROOT, 'test/support/zoom-emulator-harness.ts') },
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome100',
    logLevel: 'warning',
  })
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>zoom harness</title><script type="module" src="/harness.js"></script>',
  )
  const app = express()
  app.use(express.static(dir))
  const server: Server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await rm(dir, { recursive: true, force: true })
    },
  }
}
