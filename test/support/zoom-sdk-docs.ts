import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** `@zoom/appssdk`'s own type declarations: the doc comments there are the platform's rules. */
function sdkDeclarations(): string {
  const require = createRequire(import.meta.url)
  const main = require.resolve('@zoom/appssdk')
  return readFileSync(join(dirname(main), 'sdk.d.ts'), 'utf8')
}

/**
 * Every SDK method whose doc comment says "*Supports Guest Mode*: Yes" (the SDK writes `Yes` and `yes`), read
 * from sdk.d.ts itself so the emulator's guest rule is the documented one, not a copy of it.
 */
export function guestModeApis(): Set<string> {
  const out = new Set<string>()
  const seen = new Set<string>()
  for (const m of sdkDeclarations().matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*\n\s{4}(\w+)\(/g)) {
    const [, doc = '', name = ''] = m
    const guest = doc.match(/\*Supports Guest Mode\*:\s*(\w+)/i)
    if (!guest || seen.has(name)) continue
    seen.add(name)
    if (guest[1]?.toLowerCase() === 'yes') out.add(name)
  }
  return out
}
