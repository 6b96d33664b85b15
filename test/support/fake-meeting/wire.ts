/** Messages between the fake meeting page (in the iframe) and the fake conference backend (in the test). */

/** What the page sends: who joins (from its URL, as a real Jitsi page reads it), IFrame API commands, requests. */
export type PageMessage =
  | {
      t: 'hello'
      room: string
      jwt: string | null
      displayName: string | null
      config: Record<string, unknown>
      interfaceConfig: Record<string, unknown>
    }
  | { t: 'command'; name: string; data: unknown[] }
  | { t: 'request'; id: number; request: { name: string; [key: string]: unknown } }

/** What the backend sends: an IFrame API event for the embedder, or the answer to a request. */
export type BackendMessage =
  | { t: 'event'; event: { name: string; [key: string]: unknown } }
  | { t: 'response'; id: number; result?: unknown; error?: { message: string } }
  /** The page waits in the lobby (or was refused there); jitsi-meet shows this inside the iframe only. */
  | { t: 'lobby'; state: 'waiting' | 'denied' }
