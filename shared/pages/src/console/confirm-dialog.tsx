/**
 * A modal confirmation on the native <dialog>: focus moves into it and stays there, Escape cancels, and the
 * safe choice (cancel) comes first so Enter on the first focus does no harm.
 */
import type { ComponentChildren } from 'preact'
import { useEffect, useId, useRef } from 'preact/hooks'

export interface ConfirmDialogProps {
  title: string
  body: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
  onClose: () => void
  /** More content between the body and the buttons (the records to download first). */
  children?: ComponentChildren
  /** The confirm button's look: destructive (default) or a plain primary action. */
  tone?: 'danger' | 'primary'
}

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onClose,
  children,
  tone = 'danger',
}: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      class="console-dialog"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-b`}
      data-testid="confirm-dialog"
      onClose={onClose}
    >
      <h2 id={`${id}-t`}>{title}</h2>
      <p id={`${id}-b`}>{body}</p>
      {children}
      <div class="row">
        <button type="button" class="btn" onClick={() => ref.current?.close()}>
          {cancelLabel}
        </button>
        <button
          type="button"
          class={tone === 'danger' ? 'btn btn-danger-solid' : 'btn btn-primary'}
          data-testid="confirm-yes"
          onClick={() => {
            onConfirm()
            ref.current?.close()
          }}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
