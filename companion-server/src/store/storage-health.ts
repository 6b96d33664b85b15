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
 * What /healthz says about storage: the last write's outcome (a failed write marks storage failing until a later
 * write succeeds) plus the standing problems `extra` reports (damaged files, refused sessions).
 */
export class StorageHealth {
  private failing: { code: string; since: string } | null = null
  private readonly extra: (() => string | null)[] = []

  /** Watches a write: its failure (by the disk) or success updates the state; the promise is returned as is. */
  track = <T>(write: Promise<T>): Promise<T> =>
    write.then(
      (v) => {
        this.failing = null
        return v
      },
      (e: unknown) => {
        if (isStorageError(e)) this.failing ??= { code: e.code ?? 'EIO', since: new Date().toISOString() }
        throw e
      },
    )

  /** Adds a standing check (returns a reason, or null when fine). */
  watch(check: () => string | null): void {
    this.extra.push(check)
  }

  report(): HealthReport {
    const reasons: string[] = []
    if (this.failing)
      reasons.push(
        this.failing.code === 'ENOSPC' || this.failing.code === 'EDQUOT'
          ? `storage failing: the disk is full (${this.failing.code} since ${this.failing.since})`
          : `storage failing: writes fail with ${this.failing.code} since ${this.failing.since}`,
      )
    for (const check of this.extra) {
      const r = check()
      if (r) reasons.push(r)
    }
    return reasons.length === 0 ? { ok: true } : { ok: false, status: 'degraded', reasons }
  }
}
