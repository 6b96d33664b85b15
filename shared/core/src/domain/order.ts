/** Orders that every replica computes alike, whatever its locale. */

/** Stable string order independent of locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
