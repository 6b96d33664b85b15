import { useId } from 'preact/hooks'

export interface TextFieldProps {
  label: string
  value: string
  onInput: (value: string) => void
  onBlur?: () => void
  multiline?: boolean
  readOnly?: boolean
  maxLength?: number
  testId?: string
  onEnter?: () => void
}

/** A labelled text input or textarea; the label is always present (visually or for screen readers). */
export function TextField({
  label,
  value,
  onInput,
  onBlur,
  multiline,
  readOnly,
  maxLength,
  testId,
  onEnter,
}: TextFieldProps) {
  const id = useId()
  const common = {
    id,
    value,
    readOnly,
    maxLength,
    'data-testid': testId,
    onBlur,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : (
        <input
          type="text"
          {...common}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onEnter) onEnter()
          }}
        />
      )}
    </div>
  )
}

export interface SelectProps<T extends string> {
  label: string
  value: T
  options: { value: T; label: string }[]
  onChange: (value: T) => void
  disabled?: boolean
  testId?: string
}

/** A labelled native select (best keyboard and screen-reader support in narrow sidebars). */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  disabled,
  testId,
}: SelectProps<T>) {
  const id = useId()
  return (
    <div class="field field-inline">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
