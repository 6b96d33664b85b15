import type { ComponentChildren } from 'preact'

export interface ButtonProps {
  onClick: () => void
  children: ComponentChildren
  kind?: 'primary' | 'secondary' | 'danger' | 'quiet'
  disabled?: boolean
  label?: string
  pressed?: boolean
  testId?: string
}

/** A real <button>: keyboard operable, labelled, with a visible focus ring from the stylesheet. */
export function Button({
  onClick,
  children,
  kind = 'secondary',
  disabled,
  label,
  pressed,
  testId,
}: ButtonProps) {
  return (
    <button
      type="button"
      class={`btn btn-${kind}`}
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      aria-pressed={pressed}
      data-testid={testId}
    >
      {children}
    </button>
  )
}
