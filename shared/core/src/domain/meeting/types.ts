/** Plain-data types of meetings: the times the mediator and the parties actually sit together (online). */

/** One entry of the append-only meeting log in `control`. */
export interface MeetingEvent {
  type: 'start' | 'pause' | 'resume' | 'end'
  at: number
  by: string
}

/** A stretch of time with a start and an end (ms since the epoch). */
export interface Span {
  from: number
  to: number
}

/** A meeting as the log tells it; a meeting still running (or a pause still open) ends at `now`. */
export interface Meeting {
  /** 1 for the first meeting of the session. */
  number: number
  startedAt: number
  /** null while the meeting runs. */
  endedAt: number | null
  /** Pauses that ended (a pause still open at the meeting's end ends with it). */
  pauses: Span[]
  /** Since when the running meeting is paused; null when it is not. */
  pausedAt: number | null
}

/** What is going on right now. */
export interface MeetingState {
  status: 'none' | 'running' | 'paused'
  /** The running (or paused) meeting's number; the number of meetings held so far when none runs. */
  number: number
  startedAt: number | null
  pausedAt: number | null
}
