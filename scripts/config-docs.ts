/** Rewrites `.env.example` and the README's configuration table from the schema (companion-server/src/config). */
import { readFile, writeFile } from 'node:fs/promises'
import { configTable, envExample } from '../companion-server/src/config/docs'

const root = new URL('../', import.meta.url).pathname
const TABLE = /\| variable \| default \| meaning \|\n\|---\|---\|---\|\n(?:\|.*\|\n)*/

await writeFile(`${root}.env.example`, envExample())
const readme = await readFile(`${root}README.md`, 'utf8')
if (!TABLE.test(readme)) throw new Error('README.md has no configuration table to replace')
await writeFile(`${root}README.md`, readme.replace(TABLE, `${configTable()}\n`))
console.log('wrote .env.example and the README configuration table')
