/**
 * Starts the outside programs the tests need (poppler, tar, …) and, when one is missing, fails with a sentence
 * naming it and its Debian package instead of a bare `spawn … ENOENT`. The list is `.ci/programs`, the same
 * file `.ci/run` reads to install what a fresh machine lacks.
 */
import { type ExecFileOptions, execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const LIST = new URL('../../.ci/programs', import.meta.url).pathname

/** program → Debian package, as `.ci/programs` lists them. */
export function programPackages(text = readFileSync(LIST, 'utf8')): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of text.split('\n')) {
    const [program, pkg] = line.trim().split(/\s+/)
    if (!program || program.startsWith('#') || !pkg) continue
    map.set(program, pkg)
  }
  return map
}

/** The sentence a test fails with when `program` cannot be started. */
export function missingProgram(program: string, pkg: string, where = ''): Error {
  return new Error(
    `The tests need the program "${program}", which is not installed${where}: install the Debian package "${pkg}" ` +
      `(apt-get install -y ${pkg}), or run "bash .ci/run", which installs it.`,
  )
}

function packageOf(program: string): string {
  const pkg = programPackages().get(program)
  // A program not in the list would pass here and be missing on a fresh CI machine: list it first.
  if (!pkg) throw new Error(`"${program}" is not listed in .ci/programs; add it with its Debian package`)
  return pkg
}

/** Runs a listed outside program to completion and returns its output. */
export function runProgram(
  program: string,
  args: string[],
  options: ExecFileOptions = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const pkg = packageOf(program)
    execFile(
      program,
      args,
      { maxBuffer: 16 * 1024 * 1024, ...options, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if ((err as NodeJS.ErrnoException | null)?.code === 'ENOENT') reject(missingProgram(program, pkg))
        else if (err) reject(Object.assign(err, { stdout, stderr }))
        else resolve({ stdout: String(stdout), stderr: String(stderr) })
      },
    )
  })
}

/** The Chromium executable the browser tests launch, or the sentence saying how to get it. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(path)) {
    const where = env.CHROMIUM_PATH ? ` (CHROMIUM_PATH is ${path})` : ` at ${path}`
    throw missingProgram('chromium', packageOf('chromium'), where)
  }
  return path
}
