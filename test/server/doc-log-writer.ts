/**
 * Child process for doc-log.test.ts: saves to WRITERS documents in parallel through the default stores (with
 * frequent checkpoints) and prints `ack <writer> <n>` once save n of a writer has resolved; runs until killed.
 */
import { createLowdbStores } from '@mediation/companion-server'
import { snap } from './snapshots'

const WRITERS = 8
const dir = process.argv[2]
if (!dir) throw new Error('usage: doc-log-writer.ts <dataDir>')
const stores = await createLowdbStores(dir, { log: { checkpointMs: 25, maxLogBytes: 2048 } })
const writer = async (k: number) => {
  for (let n = 1; ; n++) {
    await stores.docs.save(`w${k}/board`, snap(...new Array(16).fill(n)))
    process.stdout.write(`ack ${k} ${n}\n`)
  }
}
process.stdout.write('ready\n')
await Promise.all(Array.from({ length: WRITERS }, (_, k) => writer(k)))
