import { randomUUID } from 'node:crypto'
/**
 * Drives a real session's control document on the real server (as the mediator's sidebar would, with the same
 * domain functions) into joint talks and through a caucus, for the Jitsi server and browser tests.
 */

import type { RunningServer } from '@mediation/companion-server'
import {
  type Actor,
  acceptRules,
  endCaucus,
  endFloor,
  getRules,
  grantFloor,
  moveMediator,
  planCaucus,
  serverOrigin,
  setPhase,
  startCaucus,
} from '@mediation/core/domain'
import type * as Y from 'yjs'
import type { SessionWithParties } from './server'

const actorOf = (s: SessionWithParties, key: string): Actor => {
  const p = s.participants[key]
  if (!p) throw new Error(`no participant ${key}`)
  return { participantId: p.id, role: p.role, sideId: p.sideId }
}

async function onControl(server: RunningServer, s: SessionWithParties, fn: (doc: Y.Doc, m: Actor) => void) {
  await server.context.rooms.withDocs([`${s.sessionId}/control`], ([doc]) => fn(doc!, actorOf(s, 'mediator')))
}

/** intake → opening → every side member accepts the rules → joint talks. */
export async function toJointTalks(server: RunningServer, s: SessionWithParties): Promise<void> {
  await onControl(server, s, (doc, m) => {
    const o = serverOrigin(m.participantId)
    setPhase(doc, { phase: 'opening' }, { actor: m, now: Date.now(), origin: o, newId: randomUUID })
    const { version, hash } = getRules(doc)
    for (const key of Object.keys(s.participants)) {
      const a = actorOf(s, key)
      if (a.role === 'party' || a.role === 'adviser')
        acceptRules(
          doc,
          { version, hash },
          { actor: a, now: Date.now(), origin: serverOrigin(a.participantId), newId: randomUUID },
        )
    }
    setPhase(doc, { phase: 'joint' }, { actor: m, now: Date.now(), origin: o, newId: randomUUID })
  })
}

/** Plans and starts a caucus for the given side names (the mediator goes to the first one). */
export async function startCaucusFor(
  server: RunningServer,
  s: SessionWithParties,
  sides: string[],
): Promise<void> {
  await onControl(server, s, (doc, m) => {
    planCaucus(
      doc,
      { sideIds: sides.map((n) => s.sides[n] ?? n) },
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    )
    startCaucus(
      doc,
      {},
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    )
  })
}

export async function moveMediatorTo(
  server: RunningServer,
  s: SessionWithParties,
  room: string,
): Promise<void> {
  await onControl(server, s, (doc, m) =>
    moveMediator(
      doc,
      { room: s.sides[room] ?? room },
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    ),
  )
}

export async function endCaucusNow(server: RunningServer, s: SessionWithParties): Promise<void> {
  await onControl(server, s, (doc, m) =>
    endCaucus(
      doc,
      {},
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    ),
  )
}

/** The mediator gives the floor to a participant (as the sidebar's "give the floor" does), optionally timed. */
export async function grantFloorTo(
  server: RunningServer,
  s: SessionWithParties,
  key: string,
  limitMs?: number,
): Promise<void> {
  await onControl(server, s, (doc, m) =>
    grantFloor(
      doc,
      { participantId: s.participants[key]!.id, ...(limitMs ? { limitMs } : {}) },
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    ),
  )
}

/** Reads the server's live control document. */
export function readControl<T>(
  server: RunningServer,
  s: SessionWithParties,
  fn: (doc: Y.Doc) => T,
): Promise<T> {
  return server.context.rooms.withDocs([`${s.sessionId}/control`], ([doc]) => fn(doc!))
}

/** The mediator ends the current floor. */
export async function endFloorNow(server: RunningServer, s: SessionWithParties): Promise<void> {
  await onControl(server, s, (doc, m) =>
    endFloor(
      doc,
      {},
      { actor: m, now: Date.now(), origin: serverOrigin(m.participantId), newId: randomUUID },
    ),
  )
}
