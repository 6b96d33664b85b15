import type { StickingPointView } from '@mediation/core/domain'
import { useState } from 'preact/hooks'
import type { Translate } from '../i18n/i18n'
import { Button } from '../kit/button'
import { TextField } from '../kit/fields'
import { OneLineForm } from '../kit/one-line-form'
import { Hint, Section } from '../kit/section'

export interface PointEdit {
  title: string
  description: string
}

export interface PointsSectionProps {
  points: StickingPointView[]
  t: Translate
  /** Set for whoever may add and edit sticking points (the mediator; a party during brainstorm). */
  onAdd?: ((title: string) => unknown) | undefined
  onEdit?: ((id: string, p: PointEdit) => Promise<boolean>) | undefined
  /** Which points this person may edit (a party: its side's own, BOARD-8). */
  mayEdit?: ((id: string) => boolean) | undefined
  /** BOARD-UI-1: "proposed by …" per point, for the mediator only. */
  proposer?: ((pt: StickingPointView) => string | null) | undefined
}

/** The sticking points: titles (as text) with their descriptions; the mediator adds and edits them. */
export function PointsSection({ points, t, onAdd, onEdit, mayEdit, proposer }: PointsSectionProps) {
  return (
    <Section id="points" title={t('board.points')}>
      {points.length === 0 ? <Hint>{t('board.noPoints')}</Hint> : null}
      <ul class="list" data-testid="points">
        {points.map((pt) => (
          <PointItem
            key={pt.id}
            point={pt}
            t={t}
            proposer={proposer?.(pt) ?? null}
            onEdit={onEdit && (mayEdit?.(pt.id) ?? true) ? onEdit : undefined}
          />
        ))}
      </ul>
      {onAdd ? (
        <OneLineForm
          label={t('board.pointTitle')}
          button={t('board.addPoint')}
          onSubmit={onAdd}
          testId="add-point"
        />
      ) : null}
    </Section>
  )
}

function PointItem(p: {
  point: StickingPointView
  t: Translate
  proposer: string | null
  onEdit: PointsSectionProps['onEdit']
}) {
  const { point: pt, t, onEdit } = p
  const [edit, setEdit] = useState<PointEdit | null>(null)
  if (edit && onEdit) {
    return (
      <li class="card" data-testid="point-editor">
        <TextField
          label={t('board.pointTitle')}
          value={edit.title}
          onInput={(title) => setEdit({ ...edit, title })}
          testId="point-title-input"
        />
        <TextField
          label={t('board.pointDescription')}
          value={edit.description}
          multiline
          onInput={(description) => setEdit({ ...edit, description })}
        />
        <div class="row">
          <Button
            kind="primary"
            onClick={() => void onEdit(pt.id, edit).then((ok) => ok && setEdit(null))}
            testId="save-point"
          >
            {t('board.save')}
          </Button>
          <Button kind="quiet" onClick={() => setEdit(null)}>
            {t('board.cancel')}
          </Button>
        </div>
      </li>
    )
  }
  return (
    <li class="row" data-testid="point">
      <span class="card-title" data-testid="point-title">
        {pt.title}
      </span>
      {pt.description ? <span class="card-meta">{pt.description}</span> : null}
      {p.proposer ? (
        <span class="card-meta proposer" data-testid="proposed-by">
          {p.proposer}
        </span>
      ) : null}
      {onEdit ? (
        <Button
          kind="quiet"
          onClick={() => setEdit({ title: pt.title, description: pt.description })}
          testId="edit-point"
          label={t('board.editPoint', { title: pt.title })}
        >
          {t('board.edit')}
        </Button>
      ) : null}
    </li>
  )
}
