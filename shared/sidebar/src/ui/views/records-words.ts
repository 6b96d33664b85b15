/**
 * The words of the mediator's record downloads, in the lazily loaded chunk with the records and ending views: a
 * phone opening the sidebar does not download them (the sidebar dictionary counts against its opening budget).
 */
import type { Dictionary } from '@mediation/core/i18n'

export const en = {
  heading: 'Records',
  dossier: 'Complete dossier (ZIP)',
  agreement: 'Settlement agreement (PDF)',
  agreementCoaching: 'Agreed actions (PDF)',
  agreementPrint: 'Print for signing on paper (PDF)',
  timeLogNl: 'Time log for Excel (Dutch: semicolons, decimal comma)',
  timeLogIntl: 'Time log (international CSV)',
  notesPdf: 'Notes (PDF)',
  notesMd: 'Notes (Markdown)',
  busy: 'Downloading…',
  failedNetwork: 'No connection to the server. Try again in a moment.',
  failedGone: 'This session no longer exists on the server.',
  failedDenied: 'Your access no longer allows this download.',
  failed: 'The download failed. Try again; if it keeps failing, tell the administrator.',
} satisfies Dictionary<string>

export type RecordsKey = keyof typeof en

/** The Dutch table (exported for the glossary test). */
export const nl: Dictionary<RecordsKey> = {
  heading: 'Dossier',
  dossier: 'Volledig dossier (zip)',
  agreement: 'Vaststellingsovereenkomst (pdf)',
  agreementCoaching: 'Afsprakenlijst (pdf)',
  agreementPrint: 'Afdrukken om op papier te tekenen (pdf)',
  timeLogNl: 'Tijdregistratie voor Excel (puntkomma, decimale komma)',
  timeLogIntl: 'Tijdregistratie (internationale csv)',
  notesPdf: 'Notities (pdf)',
  notesMd: 'Notities (Markdown)',
  busy: 'Bezig met downloaden…',
  failedNetwork: 'Geen verbinding met de server. Probeer het zo opnieuw.',
  failedGone: 'Deze sessie bestaat niet meer op de server.',
  failedDenied: 'Uw toegang staat deze download niet (meer) toe.',
  failed: 'Downloaden is mislukt. Probeer het opnieuw; blijft het mislukken, waarschuw dan de beheerder.',
}
