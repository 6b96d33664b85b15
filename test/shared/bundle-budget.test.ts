import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, ENTRIES, SIDEBAR_BUDGET_KB, sidebarOpeningGzip } from '../../scripts/build'

/**
 * What a phone downloads to open the sidebar. The target is SIDEBAR_BUDGET_KB (60 KB gzip); today it is about
 * 70.8 KB (70.4 before a party's "end now" hung up its call and its typed code word was checked, issue 18; 64.2 before several agreements per session, their kinds and fields, issue 18; 65.7 before the
 * mediator's undo, whose Y.UndoManager is part of the yjs module the opening carries; 67.8 before the coaching
 * mode; 68.2 before the safety screening's hold, shuttle mode and "end now"; 68.7 before the meeting controls), so
 * this guard holds the line at 71 KB until the target is met (README, "Page bundles").
 */
const CEILING_KB = 71

describe('sidebar bundle: the download on opening', function () {
  this.timeout(60_000)
  let dir = ''
  after(() => rm(dir, { recursive: true, force: true }))

  it(`the standalone sidebar's opening scripts (static chunks included) stay under ${CEILING_KB} KB gzip; the board, agreement, talk and records views come later`, async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-'))
    const files = await build(
      ENTRIES.filter((e) => e.name === 'standalone'),
      dir,
    )
    const kb = sidebarOpeningGzip(files) / 1024
    console.log(`      sidebar on opening: ${kb.toFixed(1)} KB gzip (target ${SIDEBAR_BUDGET_KB} KB)`)
    assert.ok(kb <= CEILING_KB, `${kb.toFixed(1)} KB`)
    const later = files.filter((f) => /\/chunks\/later-/.test(f.file))
    assert.equal(later.length, 1, 'one lazy chunk for the views not needed on opening')
    assert.equal(later[0]?.initial, false, 'and it is not fetched on opening')
  })
})
