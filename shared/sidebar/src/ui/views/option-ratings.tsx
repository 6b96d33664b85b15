import type { OverlapEntry, Participant, Rating, Side, SideRating } from '@mediation/core/domain'
import type { Translate } from '../i18n/i18n'

const RATINGS: Rating[] = ['yes', 'maybe', 'no']

/** RATE-2: the mediator's one-line verdict: green only when every side's parties said yes; a no names its side. */
export function OverlapBadge(p: { overlap: OverlapEntry; sides: Side[]; t: Translate }) {
  const { overlap: o, t } = p
  const blocked = o.blocking.length > 0
  const text = o.acceptableToAll
    ? t('board.overlapAll')
    : blocked
      ? t('board.blockedBy', { sides: o.blocking.map((id) => sideName(p.sides, id)).join(', ') })
      : t('board.overlap', { n: o.sidesAccepting, total: o.sidesTotal })
  return (
    <span
      class={`badge ${o.acceptableToAll ? 'badge-ok' : blocked ? 'badge-warn' : ''}`}
      data-testid="overlap"
    >
      {text}
    </span>
  )
}

/** RATE-2/3: per side the counts of its parties' ratings and its verdict, with its advisers' ratings beneath. */
export function SideRatings(p: {
  overlap: OverlapEntry
  sides: Side[]
  participants: Participant[]
  t: Translate
}) {
  const { t } = p
  if (p.overlap.sides.length === 0) return null
  return (
    <ul class="side-ratings" data-testid="side-ratings">
      {p.overlap.sides.map((s) => (
        <li key={s.sideId} data-testid="side-rating" data-verdict={s.verdict}>
          <span class={s.verdict === 'no' ? 'warn-text' : ''}>{sideLine(s, p.sides, t)}</span>
          {s.advisers.map((a) => (
            <span key={a.participantId} class="card-meta adviser-rating" data-testid="adviser-rating">
              {`${t('role.adviser')} ${p.participants.find((x) => x.id === a.participantId)?.name ?? ''}: ${t(`board.rating.${a.rating}`)}`}
            </span>
          ))}
        </li>
      ))}
    </ul>
  )
}

/** The side's counts, then its verdict in the words of a rating (the verdict of a side without ratings: none). */
function sideLine(s: SideRating, sides: Side[], t: Translate): string {
  const counts = t('board.sideCounts', {
    side: sideName(sides, s.sideId),
    yes: s.yes,
    maybe: s.maybe,
    no: s.no,
    open: s.unrated,
  })
  return `${counts}: ${t(`board.rating.${s.verdict === 'open' ? 'none' : s.verdict}`)}`
}

function sideName(sides: Side[], id: string): string {
  return sides.find((s) => s.id === id)?.name ?? id
}

/** RATE-1: my own private rating of an option. */
export function RatingInput(p: {
  optionId: string
  value: Rating | null
  onRate: (r: Rating | null) => void
  t: Translate
}) {
  const { t } = p
  return (
    <fieldset class="rating" data-testid="rating">
      <legend>
        {t('board.myRating')} <span class="sr-only">{t('board.ratingHint')}</span>
      </legend>
      {RATINGS.map((r) => (
        <label key={r}>
          <input
            type="radio"
            name={`rate-${p.optionId}`}
            value={r}
            checked={p.value === r}
            onChange={() => p.onRate(r)}
            data-testid={`rate-${r}`}
          />
          {t(`board.rating.${r}`)}
        </label>
      ))}
    </fieldset>
  )
}
