import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import express, { type Express, type Request, type Response } from 'express'

/** esbuild's content hash in a file name (`app-5XK2QZ7A.js`): such a file never changes under its name. */
const HASHED = /-[A-Z0-9]{8}\.(js|css|map)$/
const IMMUTABLE = 'public, max-age=31536000, immutable'

/** The encodings the build wrote beside each text file, best first. */
const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const

const mtime = (path: string) =>
  stat(path).then(
    (s) => (s.isFile() ? s.mtimeMs : null),
    () => null,
  )

/**
 * Sends `file` (which exists) as the build's precompressed copy the browser accepts, if there is one that is not
 * older than the file (a `npm run dev` rebuild rewrites files without their copies); true when it did.
 */
async function sendPrecompressed(req: Request, res: Response, file: string, cache: string): Promise<boolean> {
  // Ours first, whatever order the browser lists them in (Chromium: "gzip, deflate, br, zstd").
  const encoding = ENCODINGS.find((e) => req.acceptsEncodings(e.name) === e.name)
  const own = encoding ? await mtime(file) : null
  if (!encoding || own === null) return false
  const copy = await mtime(file + encoding.ext)
  if (copy === null || copy < own) return false
  res.set({ 'content-encoding': encoding.name, vary: 'Accept-Encoding', 'cache-control': cache })
  res.type(extname(file))
  res.sendFile(file + encoding.ext)
  return true
}

/**
 * Serves the built bundles (`dist/<name>/`, built with base `/<name>/`) at `/<name>/`, and the invite link
 * `/join/<token>` as the join page (the page reads the token from its own URL). Pages carrying a token are
 * sent with `Referrer-Policy: no-referrer` and `Cache-Control: no-store` so the token does not leak onwards.
 * Content-hashed files are `immutable`; pages (`index.html`) are `no-cache`, so a new release is seen at once.
 * Each file goes out as the build's brotli or gzip copy when the browser accepts one (the build made them once).
 */
export function mountPages(app: Express, dir: string): void {
  const root = normalize(dir + sep)
  app.get('/join/:token', async (req, res, next) => {
    const page = join(dir, 'join', 'index.html')
    // Bundle files (app.js, app.css, maps) live next to the page; only dot-free segments are tokens.
    if (String(req.params.token).includes('.') || !existsSync(page)) return next()
    res.set({ 'referrer-policy': 'no-referrer' })
    if (!(await sendPrecompressed(req, res, page, 'no-store'))) {
      res.set('cache-control', 'no-store')
      res.sendFile(page)
    }
  })
  // The front door is the mediator console (login, sessions, invites); the sidebar is opened from there.
  app.get('/', (_req, res, next) => (existsSync(join(dir, 'console')) ? res.redirect('/console/') : next()))
  app.use(async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    let path: string
    try {
      path = decodeURIComponent(req.path)
    } catch {
      return next()
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(root) || file.includes('\0')) return next()
    const cache = HASHED.test(file) ? IMMUTABLE : 'no-cache'
    try {
      if (await sendPrecompressed(req, res, file, cache)) return
    } catch (err) {
      return next(err)
    }
    next()
  })
  app.use(
    express.static(dir, {
      index: 'index.html',
      fallthrough: true,
      setHeaders: (res, path) => res.set('cache-control', HASHED.test(path) ? IMMUTABLE : 'no-cache'),
    }),
  )
}
