/**
 * SIDES-UI-1: one colour per side, by the side's place in the session (creation order), so a side keeps its
 * colour on every screen. Each has at least 4.5:1 contrast on the page and panel backgrounds (checked by
 * test/shared/ui/side-colours.test.ts) and they are told apart by hue; the side's name is always shown beside
 * it, so nobody depends on the colour alone. From the seventh side the colours repeat.
 */
export const SIDE_COLOURS = ['#0b5cad', '#a3410b', '#1d6b34', '#6f3fa0', '#a1266e', '#0b6b73'] as const

/** The colour of the side at `index` in the session's side order. */
export function sideColour(index: number): string {
  return SIDE_COLOURS[((index % SIDE_COLOURS.length) + SIDE_COLOURS.length) % SIDE_COLOURS.length] as string
}

/** sideId → colour for a session's sides in their order. */
export function sideColours(sides: readonly { id: string }[]): Map<string, string> {
  return new Map(sides.map((s, i) => [s.id, sideColour(i)]))
}
