// fontkit ships no types; this is the one call pdf-fonts.ts makes (fontkit 2 README: openSync, hasGlyphForCodePoint).
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean
  }
  export function openSync(path: string): Font
}
