/**
 * Where the Jitsi page finds who it is: the invite or login token arrives in the URL fragment (`#t=…&s=…` from the
 * invite and practice pages, `#credential=…` from older links) or in this tab's sessionStorage (the console and
 * the invite page put it there). It moves into sessionStorage and leaves the address bar at once; a fragment
 * never reaches a server or a log.
 */
const KEY = 'mediation.jitsi.credential'
// Written by the invite, practice and console pages of the same tab (shared/src/pages/credential-store.ts).
const SHARED_KEY = 'mediation.credential'
const SHARED_SESSION_KEY = 'mediation.sessionId'

export interface PageCredential {
  credential: string
  /** The session named by the link or the console; an invite also names its own session (GET /api/me). */
  sessionId: string | null
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/** Reads and stores the credential, and clears it from the address bar; null when there is none. */
export function takePageCredential(loc: Location = location, hist: History = history): PageCredential | null {
  const fragment = new URLSearchParams(loc.hash.replace(/^#/, ''))
  const query = new URLSearchParams(loc.search)
  const fromLink = fragment.get('t') ?? fragment.get('credential')
  const store = storage()
  if (fromLink) {
    store?.setItem(KEY, fromLink)
    const s = fragment.get('s')
    if (s) store?.setItem(SHARED_SESSION_KEY, s)
  }
  if (loc.hash) hist.replaceState(null, '', loc.pathname + loc.search)
  const credential = fromLink ?? store?.getItem(KEY) ?? store?.getItem(SHARED_KEY) ?? null
  if (!credential) return null
  const sessionId = query.get('session') ?? fragment.get('s') ?? store?.getItem(SHARED_SESSION_KEY) ?? null
  return { credential, sessionId: sessionId || null }
}
