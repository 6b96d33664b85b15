/**
 * WCAG 2.1 contrast arithmetic (relative luminance, contrast ratio, alpha compositing) for
 * test/e2e/contrast.test.ts. Pure functions: the page only reports computed color strings.
 */

/** An sRGB color, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

/** Parses Chromium's computed color syntax: `rgb(r, g, b)` or `rgba(r, g, b, a)`. */
export function parseColor(css: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(css.trim())
  if (!m) throw new Error(`unsupported computed color ${JSON.stringify(css)} (extend parseColor)`)
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: m[4] === undefined ? 1 : Number(m[4]) }
}

/** Parses #rgb or #rrggbb (for the known-answer checks). */
export function hex(h: string): Rgba {
  const s = h.replace('#', '')
  const full = s.length === 3 ? [...s].map((c) => c + c).join('') : s
  const n = Number.parseInt(full, 16)
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255, a: 1 }
}

/** `top` painted over the opaque-or-not `bottom` (source-over). */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a)
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 }
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a }
}

/** The color seen where `layers` (innermost first, e.g. an element's background then its ancestors') stack on white. */
export function flatten(layers: Rgba[]): Rgba {
  let seen: Rgba = { r: 255, g: 255, b: 255, a: 1 } // the canvas behind everything
  for (const layer of [...layers].reverse()) seen = composite(layer, seen)
  return seen
}

/** WCAG 2.1 relative luminance of an opaque color. */
export function luminance(c: Rgba): number {
  const lin = (v: number) => {
    const s = v / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
}

/** WCAG 2.1 contrast ratio of two opaque colors, 1–21. */
export function contrastRatio(x: Rgba, y: Rgba): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** WCAG "large scale" text: at least 24 px, or at least 18.66 px (14 pt) and bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700)
}

/** The AA minimum for text of that size. */
export function requiredRatio(fontSizePx: number, fontWeight: number): number {
  return isLargeText(fontSizePx, fontWeight) ? 3 : 4.5
}

/** #rrggbb of a color, for messages. */
export function toHex(c: Rgba): string {
  const h = (v: number) => Math.round(v).toString(16).padStart(2, '0')
  return `#${h(c.r)}${h(c.g)}${h(c.b)}${c.a < 1 ? ` (alpha ${c.a.toFixed(2)})` : ''}`
}
