/** A horizontal share bar; the text above carries the value (the bar is decoration for sighted users). */
export function ShareBar({
  label,
  share,
  text,
  colour,
}: {
  label: string
  share: number
  text: string
  /** The side's colour (SIDES-UI-1); the accent colour otherwise. */
  colour?: string | undefined
}) {
  const pct = Math.round(Math.max(0, Math.min(1, share)) * 100)
  return (
    <div class="sharebar">
      <div class="sharebar-text">{text}</div>
      <div class="sharebar-track" aria-hidden="true" title={label}>
        <div class="sharebar-fill" style={{ width: `${pct}%`, ...(colour ? { background: colour } : {}) }} />
      </div>
    </div>
  )
}
