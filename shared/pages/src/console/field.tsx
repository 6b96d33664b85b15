/**
 * A labelled input for the console's forms. The UI kit's TextField is text-only; login and setup need e-mail and
 * password inputs with autocomplete hints so password managers work.
 */
import { useId } from 'preact/hooks'

export interface FieldProps {
  label: string
  value: string
  onInput: (value: string) => void
  type?: 'text' | 'email' | 'password'
  autoComplete?: string
  hint?: string
  maxLength?: number
  testId?: string
  required?: boolean
}

export function Field({
  label,
  value,
  onInput,
  type = 'text',
  autoComplete,
  hint,
  maxLength = 200,
  testId,
  required = true,
}: FieldProps) {
  const id = useId()
  const common = {
    id,
    value,
    autoComplete,
    maxLength,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    'data-testid': testId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  }
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {/* Preact types <input> per `type`, so password (which takes no role) gets its own element. */}
      {type === 'password' ? (
        <input type="password" {...common} />
      ) : type === 'email' ? (
        <input type="email" {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      {hint ? (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  )
}
