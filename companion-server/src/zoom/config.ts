/** What the Zoom part of the companion server needs to know; built in main.ts from the environment. */
export interface ZoomConfig {
  /** Marketplace app credentials (Development or Production). */
  clientId: string
  clientSecret: string
  /** Public origin of this server as Zoom reaches it, e.g. `https://mediation.example.org`; '' = the server's own. */
  publicOrigin: string
  /** Zoom's OAuth host (authorize + token), default `https://zoom.us`; tests point it at a local fake. */
  oauthBase: string
  /** Zoom's REST API host (deep link), default `https://api.zoom.us`; tests point it at a local fake. */
  apiBase: string
  /** Folder holding the built app (`dist/zoom`). */
  appDir: string
}

export const ZOOM_DEFAULTS = {
  oauthBase: 'https://zoom.us',
  apiBase: 'https://api.zoom.us',
} as const

/** Where Zoom sends the browser back after the user authorises the app (must match Marketplace exactly). */
export function redirectUrl(cfg: ZoomConfig): string {
  return new URL('/zoom/auth', cfg.publicOrigin).href
}

/** The Home URL to enter in Marketplace. */
export function homeUrl(cfg: ZoomConfig): string {
  return new URL('/zoom/', cfg.publicOrigin).href
}
