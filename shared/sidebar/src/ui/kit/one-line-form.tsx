import { useState } from 'preact/hooks'
import { Button } from './button'
import { TextField } from './fields'

/** One labelled text field and a button; Enter submits, empty input is ignored, the field clears after. */
export function OneLineForm(p: {
  label: string
  button: string
  onSubmit: (v: string) => void
  testId?: string | undefined
}) {
  const [value, setValue] = useState('')
  const submit = () => {
    if (!value.trim()) return
    p.onSubmit(value.trim())
    setValue('')
  }
  return (
    <div class="row">
      <TextField
        label={p.label}
        value={value}
        onInput={setValue}
        onEnter={submit}
        testId={p.testId ? `${p.testId}-input` : undefined}
      />
      <Button onClick={submit} testId={p.testId}>
        {p.button}
      </Button>
    </div>
  )
}
