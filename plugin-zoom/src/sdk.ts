import type zoomSdk from '@zoom/appssdk'
import type { ZoomCapability } from './capabilities'

/**
 * The part of `@zoom/appssdk` the app may touch: `config` plus exactly the capabilities it declares.
 * Calling anything else is a type error, so the capability list cannot fall behind the code.
 */
export type ZoomSdk = Pick<typeof zoomSdk, ZoomCapability | 'config' | 'removeEventListener'>

/** Zoom's role strings differ between calls (`coHost` vs `cohost`); both mean a moderator. */
export function isModeratorRole(role: string | undefined): boolean {
  return role === 'host' || role === 'coHost' || role === 'cohost' || role === 'co-host'
}

/** The error the SDK rejects with (`ZoomApiError` is not exported, so read its fields). */
export function zoomErrorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code
  return typeof code === 'string' || typeof code === 'number' ? String(code) : null
}

export function errorText(err: unknown): string {
  const code = zoomErrorCode(err)
  const message = err instanceof Error ? err.message : String(err)
  return code ? `${message} (Zoom ${code})` : message
}
