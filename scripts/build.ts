/**
 * Bundles every browser entry into dist/<name>/ (app.js, app.css, index.html, sourcemaps) and prints gzip sizes.
 * Add a platform with one line in ENTRIES. Run with `npm run build`; tests call `buildOnce()`.
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
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
}

export const ENTRIES: BuildEntry[] = [
  { name: 'standalone', entry: 'shared/pages/src/standalone/main.tsx', title: 'Mediation' },
  { name: 'join', entry: 'shared/pages/src/join/main.tsx', title: 'Mediation' },
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
}

const ALIAS = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  // yjs only warns through lib0/logging; the real one drags in lib0's DOM console (see the shim's comment).
  'lib0/logging': join(ROOT, 'shared/sidebar/src/ui/build/lib0-logging.ts'),
}

function defaultHtml(e: BuildEntry): string {
  const base = `/${e.name}/`
  const script =
    (e.format ?? 'esm') === 'esm'
      ? `<script type="module" src="${base}app.js"></script>`
      : `<script defer src="${base}app.js"></script>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e.title ?? 'Mediation'}</title>
<link rel="stylesheet" href="${base}app.css">
${script}
</head>
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

/** Writes the entry's index.html (its own next to the entry, or the default page). */
export async function writePageHtml(e: BuildEntry, outRoot = DIST): Promise<void> {
  const outdir = join(outRoot, e.name)
  await mkdir(outdir, { recursive: true })
  const ownHtml = join(ROOT, dirname(e.entry), 'index.html')
  if (existsSync(ownHtml)) await copyFile(ownHtml, join(outdir, 'index.html'))
  else await writeFile(join(outdir, 'index.html'), defaultHtml(e))
}

/** Builds one entry into dist/<name>/ and returns the sizes of what it wrote. */
export async function buildEntry(e: BuildEntry, outRoot = DIST): Promise<BuiltFile[]> {
  const result = await esbuild.build(pageBuildOptions(e, outRoot))
  await writePageHtml(e, outRoot)
  const files: BuiltFile[] = []
  for (const out of Object.keys(result.metafile.outputs)) {
    if (out.endsWith('.map')) continue
    const buf = await readFile(join(ROOT, out))
    files.push({ entry: e.name, file: out, bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length })
  }
  return files
}

/** Builds every entry (or the named ones) and returns the file sizes. */
export async function build(entries: BuildEntry[] = ENTRIES, outRoot = DIST): Promise<BuiltFile[]> {
  const all = await Promise.all(entries.map((e) => buildEntry(e, outRoot)))
  return all.flat()
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
  const initial = files.find((f) => f.file === 'dist/standalone/app.js')?.gzip ?? 0
  const lang = Math.max(
    ...files.filter((f) => /standalone\/chunks\/(en|nl)-/.test(f.file)).map((f) => f.gzip),
  )
  console.log(
    `sidebar JS (standalone app.js + one language chunk): ${((initial + lang) / 1024).toFixed(1)} KB gzip (target ≤ 60 KB)`,
  )
  console.log(
    `built ${ENTRIES.length} page entries into dist/ and the server into build/ in ${Date.now() - t0} ms`,
  )
}
