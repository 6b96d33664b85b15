/**
 * Bundles every browser entry into dist/<name>/ (app-<hash>.js, app-<hash>.css, chunks/, sourcemaps and an
 * index.html that names them), writes a brotli and a gzip copy of every text file next to it (the server sends
 * those, see http/pages.ts), and prints gzip sizes. Hashed names are served `immutable`, index.html `no-cache`.
 * Add a platform with one line in ENTRIES. Run with `npm run build`; tests call `buildOnce()`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { serverBuildOptions } from './build-server'
import { isFresh, writeStamp } from './build-stamp'

export interface BuildEntry {
  /** Folder under dist/ and the URL base `/<name>/`. */
  name: string
  /** Entry module, relative to the repo root. */
  entry: string
  format?: 'esm' | 'iife'
  /** Page title when the entry has no index.html of its own next to it. */
  title?: string
  /**
   * Entries the page's reader most likely opens next: their files are prefetched while this page is read, so
   * that the next page starts from the cache (the invite page → the sidebar, on a slow phone link).
   */
  prefetch?: string[]
}

export const ENTRIES: BuildEntry[] = [
  { name: 'standalone', entry: 'shared/pages/src/standalone/main.tsx', title: 'Mediation' },
  { name: 'join', entry: 'shared/pages/src/join/main.tsx', title: 'Mediation', prefetch: ['standalone'] },
  { name: 'agreement', entry: 'shared/pages/src/agreement/main.tsx', title: 'Agreement · Overeenkomst' },
  { name: 'console', entry: 'shared/pages/src/console/main.tsx', title: 'Mediation · Console' },
  { name: 'practice', entry: 'shared/pages/src/practice/main.tsx', title: 'Oefenen · Practice' },
  { name: 'zoom', entry: 'plugin-zoom/src/main.tsx', title: 'Mediation · Zoom' },
  { name: 'jitsi', entry: 'plugin-jitsi/src/main.tsx', title: 'Mediation · Jitsi' },
]

export const ROOT = fileURLToPath(new URL('../', import.meta.url))
export const DIST = join(ROOT, 'dist')

export interface BuiltFile {
  entry: string
  file: string
  bytes: number
  gzip: number
  /** Fetched on opening the page: the entry's script and every chunk it imports statically (not lazy parts). */
  initial: boolean
}

const ALIAS = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  // yjs only warns through lib0/logging; the real one drags in lib0's DOM console (see the shim's comment).
  'lib0/logging': join(ROOT, 'shared/sidebar/src/ui/build/lib0-logging.ts'),
}

/** What an entry's page loads: its script and style sheet, and the chunks to fetch at once beside them. */
export interface PageFiles {
  script: string
  style: string | null
  /** Chunks the app imports at start (the language tables): preloaded so they come in parallel with it. */
  preload: string[]
}

/** The page's files from esbuild's metafile (names relative to dist/<name>/). */
export function pageFiles(e: BuildEntry, metafile: esbuild.Metafile, outRoot = DIST): PageFiles {
  const outdir = join(outRoot, e.name)
  const rel = (out: string) => relative(outdir, join(ROOT, out))
  let script = ''
  let style: string | null = null
  const preload: string[] = []
  for (const [out, meta] of Object.entries(metafile.outputs)) {
    if (out.endsWith('.map')) continue
    // Dynamically imported modules (the language tables) are entry points of their own in the metafile.
    if (meta.entryPoint === e.entry) {
      script = rel(out)
      if (meta.cssBundle) style = rel(meta.cssBundle)
    } else if (/\/chunks\/(en|nl)-[^/]+\.js$/.test(out)) preload.push(rel(out))
  }
  if (!script) throw new Error(`no entry output for ${e.name}`)
  return { script, style, preload: preload.sort() }
}

function pageHtml(
  e: BuildEntry,
  files: PageFiles,
  prefetch: { name: string; files: PageFiles }[] = [],
): string {
  const base = `/${e.name}/`
  const esm = (e.format ?? 'esm') === 'esm'
  const script = esm
    ? `<script type="module" src="${base}${files.script}"></script>`
    : `<script defer src="${base}${files.script}"></script>`
  const preload = esm
    ? files.preload.map((f) => `<link rel="modulepreload" href="${base}${f}">\n`).join('')
    : ''
  const style = files.style ? `<link rel="stylesheet" href="${base}${files.style}">\n` : ''
  const next = prefetch
    .flatMap(({ name, files: f }) =>
      [f.script, ...(f.style ? [f.style] : []), ...f.preload].map((x) => `/${name}/${x}`),
    )
    .map((href) => `<link rel="prefetch" href="${href}">\n`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e.title ?? 'Mediation'}</title>
${style}${script}
${preload}${next}</head>
<body><div id="app"></div></body>
</html>
`
}

/** esbuild options for one page entry (also used in watch mode by `npm run dev`). */
export function pageBuildOptions(e: BuildEntry, outRoot = DIST) {
  return {
    absWorkingDir: ROOT,
    entryPoints: { app: join(ROOT, e.entry) },
    outdir: join(outRoot, e.name),
    // Content-hashed names: served `immutable`, so a phone fetches a file once per release.
    entryNames: '[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    bundle: true,
    minify: true,
    sourcemap: true,
    format: e.format ?? 'esm',
    // ESM entries split lazily loaded parts (one chunk per language); IIFE entries inline them.
    splitting: (e.format ?? 'esm') === 'esm',
    chunkNames: 'chunks/[name]-[hash]',
    target: ['es2022', 'chrome100', 'safari15', 'firefox100'],
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: ALIAS,
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  } satisfies esbuild.BuildOptions
}

/** Writes the entry's index.html for what the build produced (with the files of `prefetch` entries to fetch early). */
export async function writePageHtml(
  e: BuildEntry,
  metafile: esbuild.Metafile,
  outRoot = DIST,
  prefetch: { name: string; files: PageFiles }[] = [],
): Promise<void> {
  const outdir = join(outRoot, e.name)
  await mkdir(outdir, { recursive: true })
  await writeFile(join(outdir, 'index.html'), pageHtml(e, pageFiles(e, metafile, outRoot), prefetch))
}

/** Text files get a brotli (.br) and a gzip (.gz) copy beside them, made once here instead of per request. */
const COMPRESSIBLE = /\.(js|css|html|map|svg|json|txt)$/

export async function precompress(path: string): Promise<void> {
  const buf = await readFile(path)
  await Promise.all([
    writeFile(
      `${path}.br`,
      brotliCompressSync(buf, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }),
    ),
    writeFile(`${path}.gz`, gzipSync(buf, { level: 9 })),
  ])
}

interface Built {
  files: BuiltFile[]
  metafile: esbuild.Metafile
}

async function buildOne(e: BuildEntry, outRoot: string): Promise<Built> {
  await rm(join(outRoot, e.name), { recursive: true, force: true })
  const result = await esbuild.build(pageBuildOptions(e, outRoot))
  await writePageHtml(e, result.metafile, outRoot)
  const outs = Object.keys(result.metafile.outputs).map((o) => join(ROOT, o))
  await Promise.all(outs.filter((o) => COMPRESSIBLE.test(o)).map(precompress))
  await precompress(join(outRoot, e.name, 'index.html'))
  const initial = initialOutputs(result.metafile)
  const files: BuiltFile[] = []
  for (const out of Object.keys(result.metafile.outputs)) {
    if (out.endsWith('.map')) continue
    const buf = await readFile(join(ROOT, out))
    const gzip = gzipSync(buf, { level: 9 }).length
    files.push({ entry: e.name, file: out, bytes: buf.length, gzip, initial: initial.has(out) })
  }
  return { files, metafile: result.metafile }
}

/** The entry's output and, transitively, every chunk it imports statically: what opening the page fetches. */
function initialOutputs(metafile: esbuild.Metafile): Set<string> {
  const outputs = metafile.outputs
  // Dynamic-import targets are entry points in the metafile too: only the page's own script (`app-…`) counts.
  const todo = Object.keys(outputs).filter((o) => /(^|\/)app-[^/]+\.js$/.test(o))
  const seen = new Set<string>()
  for (let o = todo.pop(); o !== undefined; o = todo.pop()) {
    if (seen.has(o)) continue
    seen.add(o)
    for (const i of outputs[o]?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external) todo.push(i.path)
  }
  return seen
}

/** Builds one entry into dist/<name>/ (emptied first: no stale hashed files) and returns what it wrote. */
export async function buildEntry(e: BuildEntry, outRoot = DIST): Promise<BuiltFile[]> {
  return (await buildOne(e, outRoot)).files
}

/** Builds every entry (or the named ones) and returns the file sizes; pages then name what they prefetch. */
export async function build(entries: BuildEntry[] = ENTRIES, outRoot = DIST): Promise<BuiltFile[]> {
  const built = await Promise.all(entries.map((e) => buildOne(e, outRoot)))
  const byName = new Map(entries.map((e, i) => [e.name, { e, metafile: (built[i] as Built).metafile }]))
  for (const e of entries) {
    const next = (e.prefetch ?? []).flatMap((name) => {
      const target = byName.get(name)
      return target ? [{ name, files: pageFiles(target.e, target.metafile, outRoot) }] : []
    })
    if (next.length === 0) continue
    await writePageHtml(e, (byName.get(e.name) as { metafile: esbuild.Metafile }).metafile, outRoot, next)
    await precompress(join(outRoot, e.name, 'index.html'))
  }
  return built.flatMap((b) => b.files)
}

/** The sidebar's download budget on opening, gzip (issue: a phone on a slow line opens it in seconds). */
export const SIDEBAR_BUDGET_KB = 60

/** Gzip bytes the standalone sidebar fetches on opening: its initial scripts plus the larger language chunk. */
export function sidebarOpeningGzip(files: readonly BuiltFile[]): number {
  const mine = files.filter((f) => f.entry === 'standalone' && f.file.endsWith('.js'))
  const initial = mine.filter((f) => f.initial).reduce((sum, f) => sum + f.gzip, 0)
  const lang = Math.max(0, ...mine.filter((f) => /\/chunks\/(en|nl)-/.test(f.file)).map((f) => f.gzip))
  return initial + lang
}

let once: Promise<BuiltFile[]> | undefined
/** Builds once per process (browser tests share it). */
export function buildOnce(): Promise<BuiltFile[]> {
  once ??= build()
  return once
}

function printSizes(files: BuiltFile[]): void {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
  for (const f of files)
    console.log(`${f.file.padEnd(36)} ${kb(f.bytes).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`)
}

/** Bundles the server into `outdir` (default build/): what `node build/server.js` runs in production. */
export async function buildServer(outdir = join(ROOT, 'build')): Promise<void> {
  await esbuild.build(serverBuildOptions(ROOT, outdir))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now()
  // `npm start` passes --if-changed: nothing to do when no source, lock file or build script changed.
  if (process.argv.includes('--if-changed') && (await isFresh(ROOT, DIST))) {
    console.log('pages up to date (no source changed since the last build)')
    process.exit(0)
  }
  const [files] = await Promise.all([build(), buildServer()])
  await writeStamp(ROOT, DIST)
  printSizes(files)
  console.log(
    `sidebar JS on opening (standalone script, its static chunks, one language): ${(sidebarOpeningGzip(files) / 1024).toFixed(1)} KB gzip (budget ≤ ${SIDEBAR_BUDGET_KB} KB)`,
  )
  console.log(
    `built ${ENTRIES.length} page entries into dist/ and the server into build/ in ${Date.now() - t0} ms`,
  )
}
