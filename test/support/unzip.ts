/** Lists and extracts a ZIP with Info-ZIP's unzip (a program of .ci/programs): file names and each file's bytes. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProgram } from './programs'

export async function unzip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-'))
  try {
    await writeFile(join(dir, 'd.zip'), bytes)
    const { stdout } = await runProgram('unzip', ['-Z1', 'd.zip'], { cwd: dir })
    await runProgram('unzip', ['-q', 'd.zip', '-d', 'out'], { cwd: dir })
    const out = new Map<string, Buffer>()
    for (const name of stdout.split('\n').filter(Boolean))
      out.set(name, await readFile(join(dir, 'out', name)))
    return out
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
