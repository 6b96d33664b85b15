/** Error codes of a write the disk refused: full, over quota, read-only, failing. */
const FULL = new Set(['ENOSPC', 'EDQUOT'])
const FAILING = new Set(['EIO', 'EROFS', 'EFBIG', 'ENOSPC', 'EDQUOT'])

/** True for a write the storage refused (as opposed to a bug or a bad argument). */
export function isStorageError(e: unknown): e is NodeJS.ErrnoException {
  const code = (e as NodeJS.ErrnoException | null)?.code
  return typeof code === 'string' && FAILING.has(code)
}
export const isDiskFull = (e: unknown) => isStorageError(e) && FULL.has(e.code ?? '')

/** `{ok: true}` when all is well (as before), else what is wrong. */
export type HealthReport = { ok: true } | { ok: false; status: 'degraded'; reasons: string[] }

/**
 * What /healthz says about storage: the last write's outcome per kind of write (a failed write marks storage
 * failing until a later write of the same kind succeeds: on a full disk a small log append may still fit in its
 * last page while files that need new space fail) plus the standing problems `extra` reports (damaged files,
 * refused sessions).
 */
export class StorageHealth {
  private readonly failing = new Map<string, { code: string; since: string }>()
  private readonly extra: (() => string | null)[] = []

  /** Watches writes of one kind: a failure (by the disk) or a success updates its state; promises pass as they are. */
  tracker =
    (kind: string) =>
    <T>(write: Promise<T>): Promise<T> =>
      write.then(
        (v) => {
          this.failing.delete(kind)
          return v
        },
        (e: unknown) => {
          if (isStorageError(e) && !this.failing.has(kind))
            this.failing.set(kind, { code: e.code ?? 'EIO', since: new Date().toISOString() })
          throw e
        },
      )

  /** Watches a write of the default kind. */
  track = this.tracker('default')

  /** Adds a standing check (returns a reason, or null when fine). */
  watch(check: () => string | null): void {
    this.extra.push(check)
  }

  report(): HealthReport {
    const reasons: string[] = []
    // The first failure still standing (the map keeps insertion order; a kind that recovers leaves it).
    const failing = this.failing.values().next().value
    if (failing)
      reasons.push(
        failing.code === 'ENOSPC' || failing.code === 'EDQUOT'
          ? `storage failing: the disk is full (${failing.code} since ${failing.since})`
          : `storage failing: writes fail with ${failing.code} since ${failing.since}`,
      )
    for (const check of this.extra) {
      const r = check()
      if (r) reasons.push(r)
    }
    return reasons.length === 0 ? { ok: true } : { ok: false, status: 'degraded', reasons }
  }
}
