import type { HostEvent } from './meeting-host'

/** A listener set for host adapters: one failing listener never stops the others. */
export function createListeners() {
  const set = new Set<(event: HostEvent) => void>()
  return {
    add(listener: (event: HostEvent) => void): () => void {
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
    emit(event: HostEvent): void {
      for (const l of [...set]) {
        try {
          l(event)
        } catch (err) {
          // A broken view must not silence the platform for the rest of the sidebar.
          console.error('MeetingHost listener failed', err)
        }
      }
    },
    clear(): void {
      set.clear()
    },
  }
}
