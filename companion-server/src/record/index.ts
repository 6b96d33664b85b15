/** @mediation/companion-server/record — the session record on the server: PDFs, exports, verification. */
export { agreementPdf } from './agreement-pdf'
export { type RecordOptions, recordServiceFor } from './mount'
export { notesPdf } from './notes-pdf'
export { recordRoutes } from './routes'
export {
  createMemoryVerificationStore,
  createSessionFileVerificationStore,
  type VerificationEntry,
  type VerificationStore,
} from './verification-store'
export type { VerifyResponse } from './verify-routes'
