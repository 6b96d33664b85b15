/**
 * Whether Jitsi made the mediator moderator. jicofo grants the role after the join, so "not (yet)" becomes a
 * warning only after a grace period; a role taken away after it was given is said at once.
 */
import { useEffect, useState } from 'preact/hooks'
import type { JitsiHost } from './host'

export type ModeratorState = 'unknown' | 'yes' | 'no' | 'lost'

/** Follows the host's self events; every new join (a room move, a rejoin) starts over. */
export function useModeratorState(host: JitsiHost, graceMs = 5000): ModeratorState {
  const [state, setState] = useState<ModeratorState>('unknown')
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let was = false
    const restart = () => {
      clearTimeout(timer)
      was = false
      setState('unknown')
      timer = setTimeout(() => setState((s) => (s === 'unknown' ? 'no' : s)), graceMs)
    }
    const off = host.on((e) => {
      if (e.type === 'room') restart()
      if (e.type !== 'self') return
      if (e.self.moderator) {
        was = true
        clearTimeout(timer)
        setState('yes')
      } else if (was) setState('lost')
    })
    return () => {
      off()
      clearTimeout(timer)
    }
  }, [host, graceMs])
  return state
}
