import assert from 'node:assert/strict'
import { SIDE_COLOURS, sideColour, sideColours } from '@mediation/sidebar/ui'
import { contrastRatio, hex } from '../../e2e/contrast-math'

/** The sidebar's page and panel backgrounds (sidebar.css --bg, --panel). */
const BACKGROUNDS = ['#ffffff', '#f4f6f8']

/** Hue in degrees of an sRGB colour. */
function hue(h: string): number {
  const { r, g, b } = hex(h)
  const [R, G, B] = [r / 255, g / 255, b / 255]
  const max = Math.max(R, G, B)
  const min = Math.min(R, G, B)
  if (max === min) return 0
  const d = max - min
  const raw = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4
  return (raw * 60 + 360) % 360
}

describe('side colours', () => {
  it('SIDES-UI-1 six colours, each at least 4.5:1 on the page and panel backgrounds, told apart by hue (≥ 25° apart)', () => {
    assert.equal(new Set(SIDE_COLOURS).size, 6)
    for (const c of SIDE_COLOURS)
      for (const bg of BACKGROUNDS) {
        const ratio = contrastRatio(hex(c), hex(bg))
        assert.ok(ratio >= 4.5, `${c} on ${bg}: ${ratio.toFixed(2)}:1`)
      }
    for (const [i, a] of SIDE_COLOURS.entries())
      for (const b of SIDE_COLOURS.slice(i + 1)) {
        const d = Math.abs(hue(a) - hue(b))
        assert.ok(Math.min(d, 360 - d) >= 25, `${a} and ${b} are ${Math.min(d, 360 - d).toFixed(0)}° apart`)
      }
  })

  it('SIDES-UI-1 a side keeps its colour by its place in the session; the seventh repeats the first', () => {
    const sides = ['d', 'b', 'a', 'c', 'e', 'f', 'g'].map((id) => ({ id }))
    const map = sideColours(sides)
    assert.equal(map.get('d'), SIDE_COLOURS[0])
    assert.equal(map.get('b'), SIDE_COLOURS[1])
    assert.equal(map.get('g'), SIDE_COLOURS[0])
    assert.equal(sideColour(-1), SIDE_COLOURS[5])
  })
})
