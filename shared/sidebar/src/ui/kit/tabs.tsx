import { useRef } from 'preact/hooks'

export interface TabItem<T extends string> {
  id: T
  label: string
  badge?: string | undefined
}

/** WAI-ARIA tabs: arrow keys move between tabs, the panel is labelled by the active tab. */
export function Tabs<T extends string>({
  items,
  active,
  onSelect,
  label,
}: {
  items: TabItem<T>[]
  active: T
  onSelect: (id: T) => void
  label: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const onKey = (e: KeyboardEvent) => {
    const i = items.findIndex((t) => t.id === active)
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    e.preventDefault()
    const next = items[(i + step + items.length) % items.length]
    if (!next) return
    onSelect(next.id)
    ref.current?.querySelector<HTMLButtonElement>(`#tab-${next.id}`)?.focus()
  }
  return (
    <div class="tabs" role="tablist" aria-label={label} ref={ref} onKeyDown={onKey}>
      {items.map((t) => (
        <button
          key={t.id}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={t.id === active}
          aria-controls={`panel-${t.id}`}
          tabIndex={t.id === active ? 0 : -1}
          class="tab"
          onClick={() => onSelect(t.id)}
        >
          {t.label}
          {t.badge ? <span class="tab-badge">{t.badge}</span> : null}
        </button>
      ))}
    </div>
  )
}
