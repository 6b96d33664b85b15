/**
 * Where a plain page keeps the invite token: sessionStorage of this tab, moved there from the URL fragment
 * (a fragment is never sent to the server, and is removed from the address bar at once).
 */
const TOKEN_KEY = 'mediation.credential'
const SESSION_KEY = 'mediation.sessionId'

export interface StoredCredential {
  credential: string
  sessionId?: string
}

function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null
  } catch {
    return null
  }
}

/** Saves the credential for the other pages of this tab. */
export function saveCredential(c: StoredCredential): void {
  storage()?.setItem(TOKEN_KEY, c.credential)
  if (c.sessionId) storage()?.setItem(SESSION_KEY, c.sessionId)
}

/** Reads `#t=<token>&s=<sessionId>` (then clears the fragment) or falls back to this tab's sessionStorage. */
export function takeCredential(loc: Location = location, hist: History = history): StoredCredential | null {
  const params = new URLSearchParams(loc.hash.replace(/^#/, ''))
  const fromHash = params.get('t')
  if (fromHash) {
    const sessionId = params.get('s') ?? undefined
    saveCredential({ credential: fromHash, ...(sessionId ? { sessionId } : {}) })
    hist.replaceState(null, '', loc.pathname + loc.search)
  }
  const credential = storage()?.getItem(TOKEN_KEY)
  if (!credential) return null
  const sessionId = storage()?.getItem(SESSION_KEY) ?? undefined
  return { credential, ...(sessionId ? { sessionId } : {}) }
}

/** A fragment carrying the credential to another page of ours (practice, Jitsi) without a query string. */
export function credentialFragment(c: StoredCredential): string {
  const p = new URLSearchParams({ t: c.credential, ...(c.sessionId ? { s: c.sessionId } : {}) })
  return `#${p.toString()}`
}
