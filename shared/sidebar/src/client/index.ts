export { type Api, type ApiOptions, type Call, createApi, createCall } from './api'
export { ApiRequestError, isNetworkError } from './api-error'
export { connectDoc, type DocConnection, type DocConnectionOptions } from './doc-connection'
export { combineStatus, type DocState, type DocStatus } from './doc-status'
export {
  type DownloadFailure,
  type DownloadRequest,
  downloadFailure,
  downloadRecord,
  MEDIATOR_RECORDS,
  type RecordFile,
  type RecordItem,
  saveBlob,
} from './download'
export { alwaysOnline, browserNetwork, type NetworkMonitor } from './network'
export { type PendingStore, sessionPending, storagePending } from './pending-store'
export {
  createSessionClient,
  type SessionClient,
  type SessionClientOptions,
  ticketBatcher,
} from './session-client'
