/**
 * Keeps the page in the Jitsi room the server says it belongs in. The server decides (GET .../jitsi/room);
 * the page asks again whenever the caucus state in the control document changes, and when the sidebar asks to
 * move. A different room means a remount of the meeting (new key), which disposes the old IFrame API.
 */

import type { JitsiRoomResponse } from '@mediation/protocol'
import type { HostRoom } from '@mediation/sidebar/host'

export interface RoomControllerOptions {
  fetchRoom: (want?: string) => Promise<JitsiRoomResponse>
  /** Bound for a move: from asking the server until the new meeting is joined. */
  moveMs?: number
}

const sameRoom = (a: HostRoom, b: HostRoom) =>
  a.kind === b.kind && (a.kind === 'main' || (b.kind === 'caucus' && a.sideId === b.sideId))

/** The current room as a small observable, plus `refresh` and `moveTo`. */
export function createRoomController(opts: RoomControllerOptions) {
  let current: JitsiRoomResponse | null = null
  let joined: HostRoom | null = null
  const listeners = new Set<(room: JitsiRoomResponse) => void>()
  const joinWaiters = new Set<() => void>()
  let chain: Promise<unknown> = Promise.resolve()

  async function load(want?: string): Promise<JitsiRoomResponse> {
    const next = await opts.fetchRoom(want)
    if (!current || current.room !== next.room || current.jwt !== next.jwt) {
      current = next
      joined = null
      for (const l of [...listeners]) l(next)
    }
    return current
  }

  return {
    current: () => current,
    subscribe(listener: (room: JitsiRoomResponse) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** Asks the server again (serialised, so answers cannot arrive out of order). */
    refresh(want?: string): Promise<JitsiRoomResponse> {
      const run = () => load(want)
      const p = chain.then(run, run)
      chain = p.catch(() => undefined)
      return p
    },
    /** The meeting for the current room has joined (videoConferenceJoined). */
    joined(room: HostRoom): void {
      joined = room
      for (const w of [...joinWaiters]) w()
    },
    /**
     * Moves to `want` once the server agrees (a just-written caucus change may not have reached it yet, so it
     * asks again with a growing delay); resolves when that meeting has joined, rejects after the bound.
     */
    async moveTo(want: HostRoom): Promise<void> {
      try {
        await this.reach(want)
      } catch (err) {
        // Not confirmed: back to the room the session has on record (the move was not counted).
        await this.refresh().catch(() => undefined)
        throw err
      }
    },
    async reach(want: HostRoom): Promise<void> {
      const deadline = Date.now() + (opts.moveMs ?? 15_000)
      for (let delay = 100; ; delay = Math.min(delay * 2, 1000)) {
        const r = await this.refresh(want.kind === 'main' ? 'main' : want.sideId)
        if (sameRoom(r.where, want)) break
        if (Date.now() + delay > deadline) throw new Error('the server does not place you in that room')
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
      if (joined && sameRoom(joined, want)) return
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => {
            joinWaiters.delete(check)
            reject(new Error('the meeting did not join in time'))
          },
          Math.max(0, deadline - Date.now()),
        )
        const check = () => {
          if (!joined || !sameRoom(joined, want)) return
          clearTimeout(timer)
          joinWaiters.delete(check)
          resolve()
        }
        joinWaiters.add(check)
      })
    },
  }
}

export type RoomController = ReturnType<typeof createRoomController>
