/** Parses the ICE_SERVERS setting (JSON array of RTCIceServer) for the practice page's connectivity check. */
import type { IceServerConfig } from '@mediation/core/prep'
import { z } from 'zod'

const url = z
  .string()
  .regex(/^(stun|stuns|turn|turns):/, 'ICE server URLs start with stun:, stuns:, turn: or turns:')
const Schema = z.array(
  z
    .object({
      urls: z.union([url, z.array(url).min(1)]),
      username: z.string().optional(),
      credential: z.string().optional(),
    })
    .strict(),
)

/** The configured servers, or [] when unset; a malformed value throws with the reason (fail at start). */
export function parseIceServers(raw: string | undefined): IceServerConfig[] {
  if (!raw?.trim()) return []
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch (e) {
    throw new Error(`ICE_SERVERS is not JSON: ${(e as Error).message}`)
  }
  const parsed = Schema.safeParse(value)
  if (!parsed.success)
    throw new Error(`ICE_SERVERS is invalid: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  return parsed.data.map((s) => ({
    urls: s.urls,
    ...(s.username !== undefined ? { username: s.username } : {}),
    ...(s.credential !== undefined ? { credential: s.credential } : {}),
  }))
}
