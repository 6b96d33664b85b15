/** Reads nested board maps into plain data, tolerating fields a concurrent or older writer left out. */
import * as Y from 'yjs'
import { check } from '../errors'
import { boardSchema } from '../schema'
import type { OptionStatus, OptionView, StatusChange, StickingPointView } from './types'

export const STATUSES: readonly OptionStatus[] = [
  'proposed',
  'clarified',
  'explored',
  'evaluated',
  'agreedInPrinciple',
  'agreed',
  'parked',
  'withdrawn',
]

export function str(m: Y.Map<unknown>, key: string): string {
  const v = m.get(key)
  return typeof v === 'string' ? v : ''
}

export function strOrNull(m: Y.Map<unknown>, key: string): string | null {
  const v = m.get(key)
  return typeof v === 'string' ? v : null
}

export function num(m: Y.Map<unknown>, key: string): number {
  const v = m.get(key)
  return typeof v === 'number' ? v : 0
}

export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []
}

export function optionStatus(m: Y.Map<unknown>): OptionStatus {
  const v = m.get('status')
  return STATUSES.includes(v as OptionStatus) ? (v as OptionStatus) : 'proposed'
}

/** BOARD-9: the nested map of an existing option. */
export function requireOption(board: Y.Doc, id: string): Y.Map<unknown> {
  const m = boardSchema(board).options.get(id)
  check(m instanceof Y.Map, 'BOARD-9', `unknown option ${id}`)
  return m
}

export function readPoint(id: string, m: Y.Map<unknown>): StickingPointView {
  return {
    id,
    title: str(m, 'title'),
    description: str(m, 'description'),
    createdAt: num(m, 'createdAt'),
    createdBy: str(m, 'createdBy'),
  }
}

/** An option as plain data; `history` comes from the ledger (BOARD-15), never from the board. */
export function readOption(id: string, m: Y.Map<unknown>, history: StatusChange[] = []): OptionView {
  const interests: Record<string, string> = {}
  const im = m.get('interests')
  if (im instanceof Y.Map)
    for (const [side, text] of im.entries()) if (typeof text === 'string') interests[side] = text
  return {
    id,
    pointId: strOrNull(m, 'pointId'),
    title: str(m, 'title'),
    description: str(m, 'description'),
    originSideId: strOrNull(m, 'originSideId'),
    status: optionStatus(m),
    interests,
    criteria: strings(m.get('criteria')),
    history: [...history].sort((a, b) => a.at - b.at),
    createdAt: num(m, 'createdAt'),
    createdBy: str(m, 'createdBy'),
  }
}
