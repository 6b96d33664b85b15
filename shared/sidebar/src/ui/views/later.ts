/** The views the sidebar loads after opening, in one chunk (one file compresses better than four). */
export { AgreementView } from './agreement-view'
export { BoardView } from './board-view'
export { CaucusView } from './caucus-view'
export { CoachingPanel } from './coaching-panel'
export { FloorStrip } from './floor-strip'
export { PresenceView } from './presence-view'
export { RecordsView } from './records-view'
export { TalkView } from './talk-view'
