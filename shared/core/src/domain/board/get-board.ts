/** The board as plain data, normalised after any merge. */
import * as Y from 'yjs'
import { cmp } from '../order'
import { boardSchema } from '../schema'
import { boardPhase } from './board-phase'
import { historyByOption } from './ledger'
import { packageMembers } from './packages'
import { optionStatus, readOption, readPoint, str } from './read-maps'
import type { BoardView, PackageView } from './types'

/** Points and options in creation order (ties by id), packages by name; histories when the ledger is given. */
export function getBoard(board: Y.Doc, ledger: Y.Doc | null = null): BoardView {
  const s = boardSchema(board)
  const history = historyByOption(ledger)
  const points = [...s.points.entries()]
    .filter(([, m]) => m instanceof Y.Map)
    .map(([id, m]) => readPoint(id, m))
    .sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id))
  const options = [...s.options.entries()]
    .filter(([, m]) => m instanceof Y.Map)
    .map(([id, m]) => readOption(id, m, history.get(id)))
    .sort((a, b) => a.createdAt - b.createdAt || cmp(a.id, b.id))
  const packages: PackageView[] = [...s.packages.entries()]
    .filter(([, m]) => m instanceof Y.Map)
    .map(([id, m]) => {
      const optionIds = packageMembers(board, m)
      const agreed =
        optionIds.length > 0 && optionIds.every((o) => optionStatus(s.options.get(o)!) === 'agreed')
      return { id, name: str(m, 'name'), optionIds, agreed }
    })
    .sort((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id))
  return { phase: boardPhase(board), points, options, packages }
}
