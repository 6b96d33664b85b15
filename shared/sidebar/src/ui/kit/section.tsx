import type { ComponentChildren } from 'preact'

/** A titled region of a view; the heading labels the region for screen readers. */
export function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section class="section" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="section-title">
        {title}
      </h3>
      {children}
    </section>
  )
}

/** A short explanatory line (empty states, hints). */
export function Hint({
  children,
  tone = 'muted',
}: {
  children: ComponentChildren
  tone?: 'muted' | 'warn' | 'ok'
}) {
  return <p class={`hint hint-${tone}`}>{children}</p>
}
