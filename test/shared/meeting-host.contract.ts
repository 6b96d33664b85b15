import assert from 'node:assert/strict'
import type { HostEvent, MeetingHost } from '@mediation/sidebar/host'

/** An adapter under test and the test's handle on the platform side of it. */
export interface HostUnderTest {
  host: MeetingHost
  /**
   * Makes the platform side produce at least one event for this instance (a participant joins, a hand goes
   * up...). Omit where the platform sends none (the standalone host).
   */
  provokeEvent?: () => Promise<void> | void
  /** Tears down whatever the harness started (emulated clients, iframes, pages). */
  cleanup?: () => Promise<void> | void
}

const KINDS = ['zoom', 'jitsi', 'standalone', 'fake']
const CAPS = ['roster', 'activeSpeaker', 'ownSpeaking', 'raiseHand', 'muteOthers', 'rooms'] as const

function isRoom(r: unknown): boolean {
  const room = r as { kind?: unknown; sideId?: unknown }
  return room?.kind === 'main' || (room?.kind === 'caucus' && typeof room.sideId === 'string')
}

/** Asserts one event has the shape MeetingHost promises. */
export function assertHostEvent(e: HostEvent): void {
  const at = (v: unknown) => assert.ok(typeof v === 'number' && Number.isFinite(v), `bad time in ${e.type}`)
  switch (e.type) {
    case 'participants':
      for (const p of e.participants) {
        assert.ok(
          p.hostId && typeof p.name === 'string' && typeof p.moderator === 'boolean' && isRoom(p.room),
        )
      }
      return
    case 'speaking':
    case 'muted':
    case 'hand':
      assert.ok(e.hostId)
      at(e.at)
      return
    case 'self':
      assert.ok(e.self.hostId)
      return
    case 'room':
      assert.ok(isRoom(e.room))
      return
    case 'failure':
      assert.ok(e.action && typeof e.message === 'string')
      return
    default:
      assert.fail(`unknown event ${JSON.stringify(e)}`)
  }
}

/**
 * The contract every MeetingHost adapter passes (fake, standalone, Zoom, Jitsi).
 * Call it inside a test file: `meetingHostContract('zoom host', async () => ({host, provokeEvent, cleanup}))`.
 */
export function meetingHostContract(
  name: string,
  makeHost: () => Promise<HostUnderTest>,
  opts: { platformEvents: boolean } = { platformEvents: true },
): void {
  describe(`MeetingHost contract: ${name}`, () => {
    let under: HostUnderTest
    let events: HostEvent[]
    beforeEach(async () => {
      under = await makeHost()
      events = []
      under.host.on((e) => events.push(e))
    })
    afterEach(async () => {
      under.host.dispose()
      await under.cleanup?.()
    })

    it('HOST-1 names its kind and resolves start() with a non-empty platform id', async () => {
      assert.ok(KINDS.includes(under.host.kind))
      const self = await under.host.start()
      assert.equal(typeof self.hostId, 'string')
      assert.ok(self.hostId.length > 0)
      assert.equal(typeof self.name, 'string')
      assert.equal(typeof self.moderator, 'boolean')
    })

    it('HOST-2 reports every capability as a boolean, the same on every call', async () => {
      await under.host.start()
      const a = under.host.capabilities()
      for (const c of CAPS) assert.equal(typeof a[c], 'boolean', c)
      assert.deepEqual(under.host.capabilities(), a)
    })

    it('HOST-3 every action resolves (a no-op where unsupported) and never throws synchronously', async () => {
      const self = await under.host.start()
      const caps = under.host.capabilities()
      await under.host.setHand(true)
      await under.host.setHand(false)
      if (!caps.muteOthers || self.moderator) await under.host.muteAllExcept(null)
      if (!caps.rooms) {
        await under.host.openCaucus([{ sideId: 's1', name: 'Side 1', hostIds: [] }])
        await under.host.moveSelf({ kind: 'main' })
        await under.host.closeCaucus()
        assert.equal(
          events.filter((e) => e.type === 'failure').length,
          0,
          'unsupported actions report no failure',
        )
      }
    })

    it('HOST-4 only emits well-formed events', async () => {
      await under.host.start()
      await under.provokeEvent?.()
      for (const e of events) assertHostEvent(e)
    })

    const deliveryTest = async () => {
      assert.ok(under.provokeEvent, 'a host with platform events needs provokeEvent in its harness')
      await under.host.start()
      const second: HostEvent[] = []
      const removed: HostEvent[] = []
      under.host.on(() => {
        throw new Error('a broken listener')
      })
      under.host.on((e) => second.push(e))
      const off = under.host.on((e) => removed.push(e))
      off()
      off()
      events.length = 0
      await under.provokeEvent?.()
      assert.ok(events.length > 0, 'the provoked event arrived')
      assert.deepEqual(second, events, 'a throwing listener does not stop the others')
      assert.equal(removed.length, 0)
      under.host.dispose()
      events.length = 0
      await under.provokeEvent?.()
      assert.equal(events.length, 0, 'no events after dispose')
    }
    if (opts.platformEvents) {
      it(
        'HOST-5 delivers platform events to every listener, not to unsubscribed ones, none after dispose',
        deliveryTest,
      )
    } else {
      it('HOST-5 a host without a platform emits no events at all', async () => {
        const self = await under.host.start()
        await under.host.setHand(true)
        await under.host.moveSelf({ kind: 'caucus', sideId: 's1' })
        assert.deepEqual(
          events.filter((e) => e.type !== 'self' || e.self.hostId !== self.hostId),
          [],
        )
      })
    }

    it('HOST-7 start() is idempotent: a second call resolves the same platform id', async () => {
      const first = await under.host.start()
      const second = await under.host.start()
      assert.equal(second.hostId, first.hostId)
    })

    it('HOST-6 dispose() twice is harmless', async () => {
      await under.host.start()
      under.host.dispose()
      assert.doesNotThrow(() => under.host.dispose())
    })
  })
}
