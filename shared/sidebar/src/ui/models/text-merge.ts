/** The one stretch of `base` that `next` replaced: [start, end) of base, and what stands there now. */
interface Change {
  start: number
  end: number
  text: string
}

function changeOf(base: string, next: string): Change {
  let start = 0
  while (start < base.length && start < next.length && base[start] === next[start]) start++
  let tail = 0
  while (
    tail < base.length - start &&
    tail < next.length - start &&
    base[base.length - 1 - tail] === next[next.length - 1 - tail]
  )
    tail++
  return { start, end: base.length - tail, text: next.slice(start, next.length - tail) }
}

/**
 * NOTES-3: a three-way merge of two edits of the same text. Each edit is taken as the one stretch it changed
 * (common beginning and end kept); when the two stretches do not touch, both are applied. Null when they touch
 * or overlap (also two insertions at one spot): then which text stays is the writer's choice, not a guess.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine
  if (mine === base) return theirs
  const a = changeOf(base, mine)
  const b = changeOf(base, theirs)
  const [first, second] = a.start <= b.start ? [a, b] : [b, a]
  if (first.end >= second.start) return null
  return (
    base.slice(0, first.start) +
    first.text +
    base.slice(first.end, second.start) +
    second.text +
    base.slice(second.end)
  )
}
