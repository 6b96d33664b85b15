/** The views not needed on opening the sidebar, in one lazily loaded chunk (see lazy.tsx). */
import { lazyView } from './lazy'

let later: Promise<typeof import('./views/later')> | undefined
const load = () => {
  later ??= import('./views/later')
  // A failed fetch may be retried: forget it.
  later.catch(() => {
    later = undefined
  })
  return later
}

export const BoardPanel = lazyView(() => load().then((m) => m.BoardPanel))
export const AgreementView = lazyView(() => load().then((m) => m.AgreementView))
export const CaucusView = lazyView(() => load().then((m) => m.CaucusView))
export const TalkView = lazyView(() => load().then((m) => m.TalkView))
export const RecordsView = lazyView(() => load().then((m) => m.RecordsView))
export const CoachingPanel = lazyView(() => load().then((m) => m.CoachingPanel))
export const PresenceView = lazyView(() => load().then((m) => m.PresenceView))
export const EndingPanel = lazyView(() => load().then((m) => m.EndingPanel))
/** Quiet: the floor strip adds to the page once the chunk is there (the Turns tab has the floor from the start). */
export const FloorStrip = lazyView(() => load().then((m) => m.FloorStrip), { quiet: true })
/** Quiet too: the meeting bar (MEET-1/2) appears once the chunk is there, a moment after the first render. */
export const MeetingBar = lazyView(() => load().then((m) => m.MeetingBar), { quiet: true })

export const NotesPanel = lazyView(() => load().then((m) => m.NotesPanel))

/** The notes model's constructor (NOTES-2/3), from the same lazy chunk. */
export const loadNotes = () => load().then((m) => m.createNotesModel)

/** The board outbox's constructor (BOARD-UI-2), from the same lazy chunk. */
export const loadOutbox = () => load().then((m) => m.startOutbox)

/** The mediator's safety screening (SAFETY-6): parties never download it. */
export const SafetyPanel = lazyView(() => load().then((m) => m.SafetyConnected), { quiet: true })

/** Starts fetching the lazy views (after the first render, so it never delays it). */
export function preloadViews(): void {
  for (const view of [
    BoardPanel,
    AgreementView,
    CaucusView,
    TalkView,
    RecordsView,
    PresenceView,
    CoachingPanel,
    SafetyPanel,
    MeetingBar,
    EndingPanel,
    NotesPanel,
  ])
    view.preload()
}
