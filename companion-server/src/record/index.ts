/** @mediation/companion-server/record — the session record on the server: PDFs, exports, verification. */

export type { VerifyResponse } from '@mediation/protocol'
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
