/** A horizontal share bar; the text above carries the value (the bar is decoration for sighted users). */
export function ShareBar({ label, share, text }: { label: string; share: number; text: string }) {
  const pct = Math.round(Math.max(0, Math.min(1, share)) * 100)
  return (
    <div class="sharebar">
      <div class="sharebar-text">{text}</div>
      <div class="sharebar-track" aria-hidden="true" title={label}>
        <div class="sharebar-fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  )
}
