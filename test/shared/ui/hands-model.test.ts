import assert from 'node:assert/strict'
import type { QueueEntry } from '@mediation/core/domain'
import { createHandsModel, loadTranslator, type TitleTarget } from '@mediation/sidebar/ui'
import { signal } from '@preact/signals'

/** A page title the page itself may change at any time, as the Jitsi and Zoom pages do. */
function pageTitle(initial: string): TitleTarget & { value: string } {
  return {
    value: initial,
    get() {
      return this.value
    },
    set(title) {
      this.value = title
    },
  }
}

describe('sidebar hands model', () => {
  it('HANDS-1 prefixes the count to whatever title the page set itself, and gives that title back at none and on dispose', async () => {
    const queue = signal<QueueEntry[]>([])
    const hand = (id: string): QueueEntry => ({ participantId: id, raisedAt: 1 })
    const title = pageTitle('Mediation · Jitsi')
    let chimes = 0
    const hands = createHandsModel({
      queue,
      nameOf: signal((id: string) => id),
      t: signal(await loadTranslator('en')),
      lang: signal('en' as const),
      synced: signal(true),
      alert: true,
      title,
      chime: { play: () => chimes++, dispose: () => undefined },
      chimeFlag: { load: () => false, save: () => undefined },
    })
    queue.value = [hand('a'), hand('b')]
    assert.equal(title.value, '(2) Mediation · Jitsi')
    assert.equal(hands.announcement.value.text, 'a and b raise their hands (2 waiting)')
    // The page renames itself while hands wait: its new title is the base from then on.
    title.value = 'Mediation · Zoom'
    queue.value = [hand('a')]
    assert.equal(title.value, '(1) Mediation · Zoom')
    queue.value = []
    assert.equal(title.value, 'Mediation · Zoom')
    queue.value = [hand('c')]
    assert.equal(title.value, '(1) Mediation · Zoom')
    assert.equal(hands.announcement.value.text, 'c raises a hand (1 waiting)')
    assert.equal(chimes, 0, 'the chime is off')
    hands.dispose()
    assert.equal(title.value, 'Mediation · Zoom', 'the page keeps its own title after unmount')
  })
})
