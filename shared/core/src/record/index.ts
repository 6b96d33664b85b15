/** The session record: pure renderers over plain data (agreement record, CSV time log, notes, verification codes). */
export * from './agreement-record'
export * from './csv'
export * from './document-hash'
export * from './labels'
export * from './notes-markdown'
export * from './time-format'
export * from './time-log-csv'
export * from './verification-code'
