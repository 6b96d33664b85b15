import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, ENTRIES, sidebarOpeningGzip } from './build'

const dir = await mkdtemp(join(tmpdir(), 'kb-'))
const files = await build(
  ENTRIES.filter((e) => e.name === 'standalone'),
  dir,
)
console.log((sidebarOpeningGzip(files) / 1024).toFixed(3), dir)
