import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser } from '../support/browser'
import { createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { composite, contrastRatio, flatten, hex, parseColor, requiredRatio, toHex } from './contrast-math'
import { buildForTests, openSidebar, type SidebarPage, shot, tab } from './sidebar-support'

/** What the page reports for one visible piece of text (colors as computed; math happens here). */
interface TextSample {
  text: string
  tag: string
  color: string
  /** background-color of the element, then of each ancestor up to <html>. */
  backgrounds: string[]
  /** Product of the element's and its ancestors' opacity. */
  opacity: number
  fontSize: number
  fontWeight: number
}

/** Collects every visible element with its own text (or a form field's value), skipping disabled controls. */
function collectText(): TextSample[] {
  const out: TextSample[] = []
  const chain = (el: Element) => {
    const backgrounds: string[] = []
    let opacity = 1
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cs = getComputedStyle(e)
      backgrounds.push(cs.backgroundColor)
      opacity *= Number(cs.opacity)
    }
    return { backgrounds, opacity }
  }
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect()
    const cs = getComputedStyle(el)
    return r.width > 1 && r.height > 1 && cs.visibility === 'visible' && el.checkVisibility()
  }
  // WCAG 1.4.3 exempts inactive (disabled) controls.
  const disabled = (el: Element) => el.closest(':disabled, [aria-disabled=true]') !== null
  const root = document.querySelector('.med-sidebar')
  if (!root) return out
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (el.tagName === 'OPTION' || !visible(el) || disabled(el)) continue
    const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
    let text = ''
    let color = getComputedStyle(el).color
    if (field) {
      const f = el as HTMLInputElement | HTMLTextAreaElement
      if (['checkbox', 'radio', 'hidden'].includes(f.type)) continue
      text = f.value || f.placeholder
      if (!f.value && f.placeholder) color = getComputedStyle(el, '::placeholder').color
    } else {
      text = [...el.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
    }
    if (!text) continue
    const cs = getComputedStyle(el)
    out.push({
      text: text.slice(0, 60),
      tag: el.tagName.toLowerCase(),
      color,
      ...chain(el),
      fontSize: Number.parseFloat(cs.fontSize),
      fontWeight: Number(cs.fontWeight),
    })
  }
  return out
}

interface Measured {
  where: string
  text: string
  fg: string
  bg: string
  ratio: number
  required: number
}

function measure(where: string, s: TextSample): Measured {
  const bg = flatten(s.backgrounds.map(parseColor))
  const c = parseColor(s.color)
  // Opacity fades the text towards what is behind it; applied to the text's alpha (the background is already flat).
  const fg = composite({ ...c, a: c.a * s.opacity }, bg)
  return {
    where,
    text: `<${s.tag}> ${JSON.stringify(s.text)}`,
    fg: toHex(fg),
    bg: toHex(bg),
    ratio: contrastRatio(fg, bg),
    required: requiredRatio(s.fontSize, s.fontWeight),
  }
}

const report = (bad: Measured[]) =>
  bad
    .map((m) => `${m.where} ${m.text}: ${m.fg} on ${m.bg} = ${m.ratio.toFixed(2)}:1 (< ${m.required})`)
    .join('\n')

describe('contrast (WCAG 2.1 AA) of the real sidebar, measured in Chromium', function () {
  this.timeout(120_000)
  let s: SessionWithParties
  let browser: Browser
  let med: SidebarPage
  let a: SidebarPage
  let b: SidebarPage
  const measured: Measured[] = []

  const server = useServer(async () => ({ staticDir: await buildForTests() }))
  before(async () => {
    browser = await launchBrowser()
    s = await createSessionWithParties(server, { title: 'Contrast / Check' })
    ;[med, a, b] = await Promise.all([
      openSidebar(browser, server.url, { credential: s.mediatorToken, sessionId: s.sessionId }),
      openSidebar(browser, server.url, { credential: s.invites.A! }),
      openSidebar(browser, server.url, { credential: s.invites.B! }),
    ])
  })
  after(async () => {
    await browser?.close()
  })

  it('the ratio arithmetic matches known pairs (so the check can fail)', () => {
    const white = hex('#fff')
    assert.equal(contrastRatio(hex('#777'), white).toFixed(2), '4.48')
    assert.ok(contrastRatio(hex('#777'), white) < requiredRatio(15, 400), '#777 on white fails normal text')
    assert.equal(contrastRatio(hex('#767676'), white).toFixed(2), '4.54')
    assert.ok(contrastRatio(hex('#767676'), white) >= requiredRatio(15, 400))
    assert.equal(contrastRatio(hex('#000'), white).toFixed(1), '21.0')
    assert.equal(requiredRatio(24, 400), 3, '24 px is large')
    assert.equal(requiredRatio(18.66, 700), 3, '18.66 px bold is large')
    assert.equal(requiredRatio(18.66, 400), 4.5, '18.66 px regular is not')
    // half-transparent black on white reads as mid grey
    const grey = flatten([parseColor('rgba(0, 0, 0, 0.5)'), parseColor('rgba(0, 0, 0, 0)')])
    assert.equal(toHex(grey), '#808080')
  })

  it('every visible text on every tab, mediator and party, meets 4.5:1 (3:1 when large)', async () => {
    // Fill the views so their states render: a hand in the queue, a floor, an option, a clause, a version.
    await med.page.click('[data-testid=phase-to-opening]')
    for (const p of [a, b]) {
      await tab(p.page, 'rules')
      await p.page.click('[data-testid=accept-rules]')
      await p.page.getByText('You accepted version 1.').waitFor()
    }
    await med.page.click('[data-testid=phase-to-joint]')
    await tab(a.page, 'turns')
    await a.page.click('[data-testid=raise-hand]')
    await tab(med.page, 'turns')
    await med.page.locator('[data-testid=queue] li').waitFor()
    const sample = async (who: string, p: Page, id: string) => {
      await tab(p, id)
      // tsx compiles with keepNames: the serialized function calls esbuild's __name helper, absent in the page.
      await p.evaluate('globalThis.__name ??= (f) => f')
      for (const x of await p.evaluate(collectText)) measured.push(measure(`${who}/${id}`, x))
    }
    await sample('mediator', med.page, 'turns')
    await med.page.click('[data-testid=grant-floor]')
    await a.page.getByText('You have the floor.').waitFor()
    await tab(a.page, 'board')
    await a.page.fill('[data-testid=option-input]', 'Alternate weekends')
    await a.page.click('[data-testid=add-option]')
    await tab(med.page, 'agreement')
    await med.page.fill('[data-testid=new-clause]', 'Each parent has the children half of the time.')
    await med.page.click('[data-testid=add-clause]')
    await med.page.fill('[data-testid=version-name]', 'Concept 1')
    await med.page.click('[data-testid=save-version]')
    await a.page.locator('[data-testid=tab-agreement], #tab-agreement').first().waitFor()
    for (const id of ['rules', 'turns', 'caucus', 'board', 'agreement', 'notes'])
      await sample('mediator', med.page, id)
    for (const id of ['rules', 'turns', 'board', 'agreement', 'notes']) await sample('party', a.page, id)
    // An expanded option card and the caucus in progress show more states.
    await tab(med.page, 'board')
    await med.page.locator('[data-testid=option] summary').first().click()
    await sample('mediator', med.page, 'board')
    await tab(med.page, 'caucus')
    await med.page.click('[data-testid=plan-caucus]')
    await med.page.click('[data-testid=start-caucus]')
    await sample('mediator', med.page, 'caucus')
    await a.page.locator('[data-testid=caucus-banner], [data-testid=caucus-waiting]').first().waitFor()
    await sample('party', a.page, 'turns')
    await shot(med.page, 'contrast-mediator-caucus-320')
    await shot(a.page, 'contrast-party-caucus-320')
    await med.page.click('[data-testid=end-caucus]')

    const bad = measured.filter((m) => m.ratio < m.required)
    const views = new Set(measured.map((m) => m.where))
    console.log(
      `      contrast: ${measured.length} text samples over ${views.size} views, lowest ${Math.min(...measured.map((m) => m.ratio)).toFixed(2)}:1, ${bad.length} below AA`,
    )
    assert.ok(measured.length > 100, `only ${measured.length} text samples: the collector saw too little`)
    assert.ok(views.size >= 11, `only ${[...views].join(', ')}`)
    assert.deepEqual(report(bad), '', `text below WCAG 2.1 AA:\n${report(bad)}`)
  })

  it('the focus ring of tabs, buttons and fields contrasts 3:1 with what is behind it', async () => {
    const targets: [string, string][] = [
      ['turns', '#tab-rules'],
      ['turns', '[data-testid=lang-nl]'],
      ['turns', '#panel-turns select'],
      ['board', '[data-testid=board-phase-toggle]'],
      ['board', '[data-testid=option-input]'],
      ['board', '[data-testid=add-option]'],
    ]
    const rings: Measured[] = []
    for (const [id, sel] of targets) {
      await tab(med.page, id)
      const el = med.page.locator(sel).first()
      // a keyboard press first, so focus() counts as keyboard focus (:focus-visible)
      await med.page.keyboard.press('Shift')
      await el.focus()
      const r = await el.evaluate((e) => {
        const cs = getComputedStyle(e)
        const backgrounds: string[] = []
        // the ring sits outside the element (outline-offset), so behind it is the parent's background
        for (let p = e.parentElement; p; p = p.parentElement)
          backgrounds.push(getComputedStyle(p).backgroundColor)
        return {
          focusVisible: e.matches(':focus-visible'),
          style: cs.outlineStyle,
          width: Number.parseFloat(cs.outlineWidth),
          color: cs.outlineColor,
          backgrounds,
          label: (e.textContent || e.getAttribute('aria-label') || e.id || e.tagName).trim().slice(0, 40),
        }
      })
      assert.ok(r.focusVisible, `${sel} matches :focus-visible`)
      assert.equal(r.style, 'solid', `${sel} shows an outline`)
      assert.ok(r.width >= 2, `${sel} outline is ${r.width}px`)
      const bg = flatten(r.backgrounds.map(parseColor))
      const ring = composite(parseColor(r.color), bg)
      rings.push({
        where: `focus ${sel}`,
        text: JSON.stringify(r.label),
        fg: toHex(ring),
        bg: toHex(bg),
        ratio: contrastRatio(ring, bg),
        required: 3,
      })
    }
    const bad = rings.filter((m) => m.ratio < m.required)
    console.log(
      `      focus rings: ${rings.length} controls, lowest ${Math.min(...rings.map((m) => m.ratio)).toFixed(2)}:1`,
    )
    assert.deepEqual(report(bad), '', `focus ring below 3:1:\n${report(bad)}`)
    await shot(med.page, 'contrast-focus-320')
  })
})
