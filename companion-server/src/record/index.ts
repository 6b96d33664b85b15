/** @mediation/companion-server/record — the session record on the server: PDFs, exports, verification. */
export { agreementPdf } from './agreement-pdf'
export { notesPdf } from './notes-pdf'
