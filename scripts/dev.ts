/**
 * `npm run dev`: esbuild rebuilds every page and the server bundle on change; `node --watch` restarts the
 * server when its bundle is rewritten. Stop with Ctrl-C.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { DIST, ENTRIES, pageBuildOptions, ROOT, writePageHtml } from './build'
import { serverBuildOptions } from './build-server'

const announce: esbuild.Plugin = {
  name: 'announce',
  setup(b) {
    b.onEnd((r) => {
      const what = Object.keys(b.initialOptions.entryPoints ?? {}).join(', ')
      console.log(
        `dev: rebuilt ${b.initialOptions.outdir?.slice(ROOT.length) ?? what} (${r.errors.length} errors)`,
      )
    })
  },
}

const contexts: esbuild.BuildContext[] = []
for (const e of ENTRIES) {
  const opts = pageBuildOptions(e)
  // Hashed file names change with every rebuild: the page's index.html is rewritten to name the new ones.
  const html: esbuild.Plugin = {
    name: 'page-html',
    setup(b) {
      b.onEnd(async (r) => {
        if (r.metafile) await writePageHtml(e, r.metafile)
      })
    },
  }
  contexts.push(await esbuild.context({ ...opts, plugins: [html, announce] }))
}
const serverOpts = serverBuildOptions(ROOT)
const server = await esbuild.context({ ...serverOpts, plugins: [...(serverOpts.plugins ?? []), announce] })
contexts.push(server)
// The first build must exist before node starts; later ones are picked up by --watch.
await Promise.all(contexts.map((c) => c.rebuild()))
await Promise.all(contexts.map((c) => c.watch()))

const node = spawn(process.execPath, ['--watch', '--enable-source-maps', join(ROOT, 'build/server.js')], {
  stdio: 'inherit',
  env: { ...process.env, STATIC_DIR: process.env.STATIC_DIR ?? DIST },
})
const stop = async () => {
  node.kill('SIGTERM')
  await Promise.all(contexts.map((c) => c.dispose()))
}
process.once('SIGINT', () => void stop())
process.once('SIGTERM', () => void stop())
node.once('exit', (code) => process.exit(code ?? 0))
