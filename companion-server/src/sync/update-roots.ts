/**
 * Which top-level types of a document an update would change, found before it is applied (a CRDT update cannot
 * be taken back). A new item names its parent only when it has no neighbour; otherwise its parent is its left
 * (or right) neighbour's, which lies in the document or earlier in the same update. Deletions name items already
 * in the document. What cannot be resolved (it builds on data the server lacks) is left out: Yjs keeps such
 * structs pending and the connection drops them unapplied (`hasPending`).
 */
import * as Y from 'yjs'

type Decoded = ReturnType<typeof Y.decodeUpdate>
type Struct = Decoded['structs'][number]

/** The root name of an item already in the document (through any nesting). */
function rootOfIntegrated(item: Y.Item): string | null {
  let type = item.parent as Y.AbstractType<unknown> | null
  while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null
  return type ? Y.findRootTypeKey(type) : null
}

/** Finds the struct of `id` among the update's own structs (each client's structs are in clock order). */
function inUpdate(byClient: Map<number, Struct[]>, id: Y.ID): Struct | null {
  for (const s of byClient.get(id.client) ?? []) {
    if (s.id.clock <= id.clock && id.clock < s.id.clock + s.length) return s
  }
  return null
}

/** Root names the update's structs and deletions would touch in `doc`. */
export function rootsTouched(doc: Y.Doc, update: Uint8Array): Set<string> {
  const { structs, ds } = Y.decodeUpdate(update)
  const byClient = new Map<number, Struct[]>()
  for (const s of structs) byClient.set(s.id.client, [...(byClient.get(s.id.client) ?? []), s])
  const memo = new Map<Struct, string | null>()

  const rootOfId = (id: Y.ID, seen: Set<Struct>): string | null => {
    if (id.clock < Y.getState(doc.store, id.client)) {
      const found = Y.getItem(doc.store, id)
      return found instanceof Y.Item ? rootOfIntegrated(found) : null // a GC'd neighbour makes it GC too
    }
    const own = inUpdate(byClient, id)
    return own ? rootOfStruct(own, seen) : null
  }
  const rootOfStruct = (s: Struct, seen: Set<Struct>): string | null => {
    if (!(s instanceof Y.Item)) return null // GC and Skip structs change no type
    if (memo.has(s)) return memo.get(s) ?? null
    if (seen.has(s)) return null // a reference cycle never integrates
    seen.add(s)
    const parent = s.parent as unknown
    let root: string | null
    if (typeof parent === 'string') root = parent
    else if (parent instanceof Y.ID) root = rootOfId(parent, seen)
    else {
      const neighbour = s.origin ?? s.rightOrigin
      root = neighbour ? rootOfId(neighbour, seen) : null
    }
    memo.set(s, root)
    return root
  }

  const roots = new Set<string>()
  for (const s of structs) {
    // Already in the document (a resend): applying it changes nothing.
    if (s.id.clock + s.length <= Y.getState(doc.store, s.id.client)) continue
    const r = rootOfStruct(s, new Set())
    if (r !== null) roots.add(r)
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client)
    for (const { clock, len } of ranges) {
      for (let c = clock; c < Math.min(clock + len, known); ) {
        const found = Y.getItem(doc.store, Y.createID(client, c))
        if (found instanceof Y.Item) {
          const r = rootOfIntegrated(found)
          if (r !== null) roots.add(r)
        }
        c = found.id.clock + found.length
      }
    }
  }
  return roots
}
