/**
 * The fonts every PDF embeds, from npm packages so they travel with `npm ci` (a slim machine has none in
 * /usr/share/fonts): DejaVu for Latin, Greek, Cyrillic, Hebrew, Arabic…; Noto Sans Hans for the Chinese
 * characters DejaVu lacks. Text is split into runs so each character is drawn with a font that has it.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { type Font, openSync } from 'fontkit'

const require = createRequire(import.meta.url)

export interface FontFiles {
  regular: string
  bold: string
  mono: string
  cjk: string
  cjkBold: string
}

/** Where the font packages are installed (resolved like any dependency, so a bundled server finds them too). */
export function fontFiles(): FontFiles {
  const dejavu = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
  // @embedpdf/fonts-sc exports only its entry module; the font files sit beside dist/.
  const noto = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts')
  return {
    regular: join(dejavu, 'DejaVuSans.ttf'),
    bold: join(dejavu, 'DejaVuSans-Bold.ttf'),
    mono: join(dejavu, 'DejaVuSansMono.ttf'),
    cjk: join(noto, 'NotoSansHans-Regular.otf'),
    cjkBold: join(noto, 'NotoSansHans-Bold.otf'),
  }
}

export interface Coverage {
  primary: Font
  fallback: Font
}

// Parsed once per process: immutable font tables, read lazily on the first PDF.
let coverage: Coverage | undefined
/** The glyph tables the run splitter consults. */
export function fontCoverage(files = fontFiles()): Coverage {
  coverage ??= { primary: openSync(files.regular), fallback: openSync(files.cjk) }
  return coverage
}

export interface Run {
  text: string
  fallback: boolean
}

/** Splits text into runs: a character goes to the fallback font only when the primary lacks it and it has it. */
export function splitRuns(text: string, c: Coverage): Run[] {
  const runs: Run[] = []
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0
    const last = runs.at(-1)
    // Whitespace and line breaks stay in the run they are in: pdfkit breaks lines on them, whichever font.
    if (last && /\s/.test(ch)) {
      last.text += ch
      continue
    }
    const fallback =
      !/\s/.test(ch) && !c.primary.hasGlyphForCodePoint(cp) && c.fallback.hasGlyphForCodePoint(cp)
    if (last && last.fallback === fallback) last.text += ch
    else runs.push({ text: ch, fallback })
  }
  return runs
}
