import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { jitsiConfigFromEnv, jitsiMount } from './jitsi'
import { createLogger } from './logger'
import { parseIceServers } from './prep'
import { createServer } from './server'
import { DataFolderLockedError } from './store/data-lock'
import { zoomConfigFrom, zoomMount } from './zoom'

/** The process entry: reads the environment, listens, and flushes everything on SIGTERM/SIGINT. */
const env = process.env
const logger = createLogger({ level: env.LOG_LEVEL ?? 'info' })
const tls =
  env.TLS_CERT && env.TLS_KEY
    ? { cert: readFileSync(env.TLS_CERT), key: readFileSync(env.TLS_KEY) }
    : undefined
const staticDir = resolve(env.STATIC_DIR ?? 'dist')

const server = await createServer({
  dataDir: resolve(env.DATA_DIR ?? './data'),
  port: Number(env.PORT ?? 8080),
  host: env.HOST ?? '0.0.0.0',
  publicUrl: env.PUBLIC_URL,
  tls,
  staticDir,
  logger,
  iceServers: parseIceServers(env.ICE_SERVERS),
  routers: [
    jitsiMount(jitsiConfigFromEnv(env, (p) => readFileSync(p, 'utf8'), resolve(staticDir, 'jitsi'))),
    zoomMount(zoomConfigFrom(env, resolve(staticDir, 'zoom'))),
  ],
}).catch(refuseToStart)
// The first stdout line a supervisor (or a test) can read the bound port from.
process.stdout.write(`${JSON.stringify({ msg: 'ready', port: server.port, url: server.url })}\n`)

/** A second server on the same data folder (or another refusal) says why in one line and exits. */
function refuseToStart(err: unknown): never {
  if (err instanceof DataFolderLockedError) {
    process.stderr.write(`${err.message}\n`)
    process.exit(1)
  }
  throw err
}

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  })
}
