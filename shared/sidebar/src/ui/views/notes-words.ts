/**
 * The words of the Notes tab, in the lazily loaded chunk with its view: a phone opening the sidebar does not
 * download them (the sidebar dictionary counts against its opening budget). Refusals are worded by code in the
 * sidebar dictionary (`error.rule.*`) and put into `refused` / `failed` here.
 */
import type { Dictionary } from '@mediation/core/i18n'

export const en = {
  heading: 'Notes',
  mediator: 'Only me',
  side: 'For {side}',
  joint: 'Joint',
  label: 'Note: {title}',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Unsaved changes',
  failed: 'Not saved — will retry. {reason}',
  failedOffline: 'Not saved: no connection to the server — will retry',
  failedFull: "Not saved — the server's disk is full; will retry",
  failedStorage: 'Not saved — the server cannot write to its disk; will retry',
  refused: 'Not saved: {reason} Your text stays here.',
  conflict: 'Changed elsewhere at the same time — choose below',
  conflictHeading: 'This note was changed elsewhere while you typed',
  conflictHint: 'Both texts are kept until you choose which stays.',
  mine: 'Your text',
  theirs: 'The saved text',
  keepBoth: 'Keep both',
  keepMine: 'Keep my text',
  keepTheirs: 'Keep the saved text',
  mediatorWrites: 'Only the mediator writes this note.',
  empty: 'Nothing written yet.',
  loading: 'Loading notes…',
} satisfies Dictionary<string>

export type NotesKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<NotesKey> = {
  heading: 'Notities',
  mediator: 'Alleen ik',
  side: 'Voor {side}',
  joint: 'Gezamenlijk',
  label: 'Notitie: {title}',
  saved: 'Opgeslagen',
  saving: 'Opslaan…',
  unsaved: 'Niet opgeslagen wijzigingen',
  failed: 'Niet opgeslagen — wordt opnieuw geprobeerd. {reason}',
  failedOffline: 'Niet opgeslagen: geen verbinding met de server — wordt opnieuw geprobeerd',
  failedFull: 'Niet opgeslagen — de schijf van de server is vol; wordt opnieuw geprobeerd',
  failedStorage: 'Niet opgeslagen — de server kan niet naar zijn schijf schrijven; wordt opnieuw geprobeerd',
  refused: 'Niet opgeslagen: {reason} Uw tekst blijft hier staan.',
  conflict: 'Tegelijk elders gewijzigd — kies hieronder',
  conflictHeading: 'Deze notitie is elders gewijzigd terwijl u typte',
  conflictHint: 'Beide teksten blijven bewaard tot u kiest welke blijft.',
  mine: 'Uw tekst',
  theirs: 'De opgeslagen tekst',
  keepBoth: 'Beide bewaren',
  keepMine: 'Mijn tekst bewaren',
  keepTheirs: 'Opgeslagen tekst bewaren',
  mediatorWrites: 'Alleen de mediator schrijft in deze notitie.',
  empty: 'Nog niets geschreven.',
  loading: 'Notities laden…',
}

/** A coaching session's words over these (one coach, one client: no mediator, no sides). */
export const coachingEn: Partial<Dictionary<NotesKey>> = {
  side: 'Coach and client',
  joint: 'Everyone in the session',
  mediatorWrites: 'Only the coach writes this note.',
}

export const coachingNl: Partial<Dictionary<NotesKey>> = {
  side: 'Coach en cliënt',
  joint: 'Iedereen in de sessie',
  mediatorWrites: 'Alleen de coach schrijft in deze notitie.',
}
