/** Percentiles and formatting for the benchmark scripts. */
export function percentiles(values: number[]) {
  const s = [...values].sort((a, b) => a - b)
  const at = (p: number) =>
    s.length ? (s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0) : Number.NaN
  return { p50: at(50), p95: at(95), p99: at(99), max: s.at(-1) ?? Number.NaN, n: s.length }
}

export const ms = (v: number) => `${v.toFixed(2)} ms`
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
