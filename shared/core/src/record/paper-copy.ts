/**
 * SIGN-15: text copied from the agreement PDF. A copy (select all, pdftotext, a viewer's "copy") keeps every
 * character the pages draw but not their spacing or always their order: wrapped lines become line breaks,
 * ligatures may come back as one compatibility character, page footers land between the halves of a clause, and
 * a label in the margin (an article number, a side's name) may be read apart from its text. So the copy is
 * compared without whitespace, after compatibility normalisation, with the footers taken out; the text comes in
 * its order, the labels may stand at any break between texts but each must be there exactly as often. Every
 * other character counts, so a one-character change fails.
 */

/** A string the pages draw; `mark` for a margin label a copy may move. */
export interface PaperPiece {
  text: string
  mark: boolean
}

/** A text as compared: NFKC (the ﬁ ligature is "fi"), no whitespace, no soft hyphens or zero-width spaces. */
export function squeezeCopy(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/gu, '')
}

/** Whether `copied` holds the signed `passage` unchanged and in one piece, once the page `footers` are removed. */
export function copyHoldsPassage(
  copied: string,
  passage: readonly PaperPiece[],
  footers: readonly string[],
): boolean {
  const texts = passage
    .filter((p) => !p.mark)
    .map((p) => squeezeCopy(p.text))
    .filter(Boolean)
  const marks = passage
    .filter((p) => p.mark)
    .map((p) => squeezeCopy(p.text))
    .filter(Boolean)
  const first = texts[0]
  if (first === undefined) return false
  let got = squeezeCopy(copied)
  // Longest first, so a footer that contains another ("page 1 of 12" and "page 1 of 1") goes whole.
  for (const f of [...new Set(footers.map(squeezeCopy))].sort((a, b) => b.length - a.length))
    if (f) got = got.split(f).join('')
  for (let start = got.indexOf(first); start >= 0; start = got.indexOf(first, start + 1))
    if (holdsFrom(got, start, texts, marks)) return true
  return false
}

/** Reads the texts in order from `at`, taking labels only where the next text does not follow. */
function holdsFrom(got: string, at: number, texts: readonly string[], marks: readonly string[]): boolean {
  const want = count(marks)
  const seen = new Map<string, number>()
  const byLength = [...want.keys()].sort((a, b) => b.length - a.length)
  let pos = at
  const takeMark = () => {
    const m = byLength.find((k) => got.startsWith(k, pos) && (seen.get(k) ?? 0) < (want.get(k) ?? 0))
    if (m === undefined) return false
    seen.set(m, (seen.get(m) ?? 0) + 1)
    pos += m.length
    return true
  }
  for (const text of texts) {
    while (!got.startsWith(text, pos)) if (!takeMark()) return false
    pos += text.length
  }
  while (takeMark()) {}
  return [...want].every(([k, n]) => seen.get(k) === n)
}

function count(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1)
  return m
}
