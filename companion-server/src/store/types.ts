import type { Note } from '@mediation/protocol'

/** Yjs snapshots by document name (`<sessionId>/<docName>`); missing data is `null`. */
export interface DocStore {
  load(name: string): Promise<Uint8Array | null>
  save(name: string, state: Uint8Array): Promise<void>
  /**
   * Stores a Yjs update on top of what is stored for `name` (optional): what saving the merged state would
   * store, for the cost of the change alone. `load` returns the merged state, one compact snapshot.
   */
  append?(name: string, update: Uint8Array): Promise<void>
  deleteSession(sessionId: string): Promise<void>
  /** Resolves when every save that has started is on disk. */
  flush(): Promise<void>
}

/** The outcome of a conditional write: `conflict` carries the current note so the caller can say which revision won. */
export type NoteWriteResult =
  | { status: 'ok'; note: Note }
  | { status: 'missing' }
  | { status: 'conflict'; current: Note }

/** Session notes. Every resolved write is durable (on disk, fsync'd) for persistent stores. */
export interface NoteStore {
  list(sessionId: string): Promise<Note[]>
  get(sessionId: string, noteId: string): Promise<Note | null>
  create(note: Note): Promise<Note>
  /** Replaces title/body/visibility when `expectedRevision` is current; bumps the revision. */
  update(
    sessionId: string,
    noteId: string,
    expectedRevision: number,
    change: Pick<Note, 'title' | 'body' | 'visibility' | 'updatedAt'>,
  ): Promise<NoteWriteResult>
  remove(sessionId: string, noteId: string, expectedRevision: number): Promise<NoteWriteResult>
  deleteSession(sessionId: string): Promise<void>
}
