/** Fresh ids for new items; the generator is injected, so the domain stays free of randomness. */
import { check } from './errors'
import { requireId } from './validate'

/** BOARD-11: a fresh id from the injected generator that no item of `map` uses yet. */
export function freshId(map: { has(key: string): boolean }, newId: () => string): string {
  const id = requireId(newId(), 'new id')
  check(!map.has(id), 'BOARD-11', `id ${id} is already in use`)
  return id
}
