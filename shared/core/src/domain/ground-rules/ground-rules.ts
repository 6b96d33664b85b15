/** Ground rules: the mediator edits a versioned rule set; parties and advisers accept one exact version. */
import type * as Y from 'yjs'
import type { CommandContext, NoInput } from '../context'
import { check } from '../errors'
import { requireNotClosed } from '../phase/transitions'
import { controlSchema } from '../schema'
import { isSideMember, requireMediator } from '../session/access'
import { requireActor } from '../session/session'
import { requireId, requireText, requireTime } from '../validate'
import { rulesRecord } from './default-rules'
import type { RuleItem, RulesStatus, RulesView } from './types'

const MAX_RULE = 1000

/** The current rule set with its version and hash (version 0 and no items before initSession). */
export function getRules(control: Y.Doc): RulesView {
  const r = controlSchema(control).rules.get('current')
  if (!r) return { version: 0, hash: '', items: [], editedAt: null, editedBy: null }
  return { ...r, items: r.items.map((i) => ({ id: i.id, text: { ...i.text } })) }
}

/** RULES-2: the mediator replaces the rule set; a real text change makes a new version (RULES-4). */
export function editRules(control: Y.Doc, input: { items: RuleItem[] }, ctx: CommandContext): RulesView {
  const { actor, now } = ctx
  requireMediator(actor, 'edit the ground rules')
  requireActor(control, actor)
  requireTime(now, 'now')
  requireNotClosed(control, 'PHASE-4')
  const clean = cleanItems(input.items)
  const s = controlSchema(control)
  const current = getRules(control)
  const next = rulesRecord(clean, current.version + 1, now, actor.participantId)
  if (next.hash === current.hash) return current
  control.transact(() => {
    const old = s.rules.get('current')
    if (old) s.rulesHistory.push([old])
    s.rules.set('current', next)
  }, ctx.origin)
  return getRules(control)
}

/** RULES-6: the mediator asks everyone to accept again: version n+1 with the same items, so no earlier acceptance is current. */
export function requestReacceptance(control: Y.Doc, _input: NoInput, ctx: CommandContext): RulesView {
  const { actor, now } = ctx
  requireMediator(actor, 'ask for the ground rules to be accepted again')
  requireActor(control, actor)
  requireTime(now, 'now')
  requireNotClosed(control, 'PHASE-4')
  const current = getRules(control)
  check(current.version > 0, 'RULES-6', 'the session has no ground rules yet')
  const s = controlSchema(control)
  const next = rulesRecord(current.items, current.version + 1, now, actor.participantId)
  control.transact(() => {
    const old = s.rules.get('current')
    if (old) s.rulesHistory.push([old])
    s.rules.set('current', next)
  }, ctx.origin)
  return getRules(control)
}

function cleanItems(items: unknown): RuleItem[] {
  check(Array.isArray(items) && items.length > 0, 'RULES-1', 'the ground rules need at least one item')
  check(items.length <= 50, 'RULES-1', 'at most 50 ground rules')
  const ids = new Set<string>()
  return items.map((raw: unknown, n) => {
    const item = (raw ?? {}) as Partial<RuleItem>
    const id = requireId(item.id, `rule ${n + 1} id`)
    check(!ids.has(id), 'RULES-1', `rule id ${id} appears twice`)
    ids.add(id)
    const nl = requireText(item.text?.nl, `rule ${id} (nl)`, MAX_RULE)
    const en = requireText(item.text?.en, `rule ${id} (en)`, MAX_RULE)
    return { id, text: { nl, en } }
  })
}

/** RULES-3/5: a party or adviser accepts exactly the current version, bound to its hash. */
export function acceptRules(
  control: Y.Doc,
  input: { version: number; hash?: string },
  ctx: CommandContext,
): void {
  const { version, hash } = input
  const { actor, now } = ctx
  requireActor(control, actor)
  requireTime(now, 'now')
  check(isSideMember(actor.role), 'RULES-5', 'only parties and advisers accept the ground rules')
  const current = getRules(control)
  check(
    version === current.version,
    'RULES-3',
    `version ${version} is not the current version ${current.version}`,
  )
  check(hash === undefined || hash === current.hash, 'RULES-3', 'the rules text changed; read them again')
  const entry = { participantId: actor.participantId, version, hash: current.hash, at: now }
  control.transact(() => controlSchema(control).acceptances.set(actor.participantId, entry), ctx.origin)
}

/** RULES-4: who accepted which version and who still has to accept the current one. */
export function rulesStatus(control: Y.Doc): RulesStatus {
  const s = controlSchema(control)
  const { version, hash } = getRules(control)
  const required = [...s.participants.values()].filter((p) => isSideMember(p.role)).map((p) => p.id)
  const participants = required.sort().map((participantId) => {
    const accepted = s.acceptances.get(participantId) ?? null
    const current = accepted !== null && accepted.version === version && accepted.hash === hash
    return { participantId, accepted, current }
  })
  const pending = participants.filter((p) => !p.current).map((p) => p.participantId)
  return { version, hash, participants, pending, allAccepted: pending.length === 0 }
}
