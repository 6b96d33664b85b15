/** The views the sidebar loads after opening, in one chunk (one file compresses better than four). */

// Not a view either: the Notes tab's model (NOTES-2/3), loaded as the sidebar opens, after its first render.
export { createNotesModel } from '../models/notes-model'
// Not a view: the board's outbox (BOARD-UI-2) is only needed once a party acts on the board, so it comes here too.
export { startOutbox } from '../models/outbox-model'
export { AgreementView } from './agreement-view'
export { BoardPanel } from './board-panel'
export { CaucusView } from './caucus-view'
export { CoachingPanel } from './coaching-panel'
export { EndingPanel } from './ending-view'
export { FloorStrip } from './floor-strip'
export { MeetingBar } from './meeting-bar'
export { NotesPanel } from './notes-panel'
export { PresenceView } from './presence-view'
export { RecordsView } from './records-view'
export { SafetyConnected } from './safety-connected'
export { TalkView } from './talk-view'
