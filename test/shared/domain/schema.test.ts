import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  addClause,
  addOption,
  caucusSchema,
  DomainError,
  grantFloor,
  isDomainError,
  isOrigin,
  localOrigin,
  type Origin,
  privateSchema,
  rateOption,
  serverOrigin,
  storeOrigin,
} from '@mediation/core/domain'
import * as Y from 'yjs'
import { A1, controlDoc, ctx, ids, M, T0 } from './fixture'

const domainDir = new URL('../../../shared/core/src/domain/', import.meta.url).pathname

async function sources(): Promise<[string, string][]> {
  const names = (await readdir(domainDir)).filter((n) => n.endsWith('.ts'))
  return Promise.all(
    names.map(async (n) => [n, await readFile(join(domainDir, n), 'utf8')] as [string, string]),
  )
}

/** Records the origin of every transaction that changed `doc` (Yjs opens an empty one when a type is first read). */
function origins(doc: Y.Doc): unknown[] {
  const seen: unknown[] = []
  doc.on('afterTransaction', (tr) => {
    if (tr.changed.size > 0) seen.push(tr.origin)
  })
  return seen
}

describe('domain: schema, origins and purity', () => {
  it('only schema.ts names top-level Yjs types', async () => {
    const offenders = (await sources())
      .filter(([name, text]) => name !== 'schema.ts' && /\.get(Map|Array|Text|XmlFragment)\s*[<(]/.test(text))
      .map(([name]) => name)
    assert.deepEqual(offenders, [])
  })

  it('the domain reads no clock, randomness, environment or DOM: time and identity are passed in', async () => {
    const forbidden =
      /Date\.now|new Date\(|Math\.random|process\.env|crypto\.random|\bwindow\.|\bdocument\.(get|query|create|body)/
    const offenders = (await sources()).filter(([, text]) => forbidden.test(text)).map(([name]) => name)
    assert.deepEqual(offenders, [])
  })

  it('commands run in one transaction with the typed origin they were given', () => {
    const c = controlDoc()
    const b = new Y.Doc()
    const d = new Y.Doc()
    const seen = [origins(c), origins(b), origins(d)]
    const o: Origin = serverOrigin('m')
    grantFloor(c, { participantId: 'a1' }, ctx(M, { origin: o }))
    addOption(b, { title: 'x' }, ctx(A1, { origin: localOrigin('a1'), newId: ids('o') }))
    addClause(d, { text: 'x' }, ctx(M, { newId: ids('c') }))
    assert.deepEqual(seen, [[o], [{ source: 'local', by: 'a1' }], [{ source: 'local', by: 'm' }]])
    assert.ok(isOrigin(o) && isOrigin(storeOrigin) && !isOrigin({ source: 'local' }) && !isOrigin('x'))
  })

  it('private and caucus documents have their own schema', () => {
    const p = new Y.Doc()
    rateOption(p, { optionId: 'o-1', rating: 'maybe' }, ctx(A1))
    privateSchema(p).notes.insert(0, 'my own note')
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(p))
    assert.equal(privateSchema(copy).notes.toString(), 'my own note')
    assert.equal(privateSchema(copy).ratings.get('o-1')?.rating, 'maybe')
    const k = new Y.Doc()
    caucusSchema(k).notes.insert(0, 'only side A and the mediator see this')
    caucusSchema(k).items.push([{ id: 'i1', text: 'may be passed on: the offer', at: T0, by: 'a1' }])
    assert.equal(caucusSchema(k).items.length, 1)
  })

  it('DomainError carries the rule and is recognised across bundles', () => {
    const e = new DomainError('TURN-2', 'unknown participant x')
    assert.equal(e.rule, 'TURN-2')
    assert.equal(e.message, 'TURN-2: unknown participant x')
    assert.ok(isDomainError(e))
    const foreign = Object.assign(new Error('x'), { name: 'DomainError', rule: 'CMD-1' })
    assert.ok(isDomainError(foreign))
    assert.ok(!isDomainError(new Error('plain')))
  })
})
