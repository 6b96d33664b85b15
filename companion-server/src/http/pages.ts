import { existsSync } from 'node:fs'
import { join } from 'node:path'
import express, { type Express } from 'express'

/**
 * Serves the built bundles (`dist/<name>/`, built with base `/<name>/`) at `/<name>/`, and the invite link
 * `/join/<token>` as the join page (the page reads the token from its own URL). Pages carrying a token are
 * sent with `Referrer-Policy: no-referrer` and `Cache-Control: no-store` so the token does not leak onwards.
 */
export function mountPages(app: Express, dir: string): void {
  app.get('/join/:token', (req, res, next) => {
    const page = join(dir, 'join', 'index.html')
    // Bundle files (app.js, app.css, maps) live next to the page; only dot-free segments are tokens.
    if (String(req.params.token).includes('.') || !existsSync(page)) return next()
    res.set({ 'referrer-policy': 'no-referrer', 'cache-control': 'no-store' })
    res.sendFile(page)
  })
  // The front door is the mediator console (login, sessions, invites); the sidebar is opened from there.
  app.get('/', (_req, res, next) => (existsSync(join(dir, 'console')) ? res.redirect('/console/') : next()))
  app.use(express.static(dir, { index: 'index.html', fallthrough: true }))
}
