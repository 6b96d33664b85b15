/** A screen's heading that takes focus when the screen appears, so keyboard and screen-reader users land there. */
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'

export function Heading({ id, children }: { id: string; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // Only when focus is nowhere in particular: never steal it from a field the user is in.
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected) ref.current?.focus()
  }, [])
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="console-h">
      {children}
    </h2>
  )
}
