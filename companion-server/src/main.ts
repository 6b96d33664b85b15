import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ConfigError, loadConfig } from './config'
import { jitsiConfigFromEnv, jitsiMount, jitsiPlatform } from './jitsi'
import { createLogger } from './logger'
import { createServer } from './server'
import { answerBackupRequest } from './store/backup-request'
import { DataFolderLockedError } from './store/data-lock'
import { zoomConfigFrom, zoomMount } from './zoom'

/** The process entry: the only module reading the environment; listens, and flushes everything on SIGTERM/SIGINT. */

/** Reads a file a variable names, or stops with a sentence naming the variable. */
function readNamed(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    throw new ConfigError(
      variable,
      `${variable} names ${path}, which cannot be read (${(e as NodeJS.ErrnoException).code})`,
    )
  }
}

/** Everything the environment decides, checked before anything listens. */
function configure() {
  const config = loadConfig(process.env)
  const tls = config.tls
    ? { cert: readNamed('TLS_CERT', config.tls.certFile), key: readNamed('TLS_KEY', config.tls.keyFile) }
    : undefined
  const staticDir = resolve(config.staticDir)
  let jitsi: ReturnType<typeof jitsiConfigFromEnv>
  try {
    jitsi = jitsiConfigFromEnv(
      config.env,
      (p) => readNamed('JAAS_PRIVATE_KEY_FILE', p),
      resolve(staticDir, 'jitsi'),
    )
  } catch (e) {
    if (e instanceof ConfigError) throw e
    throw new ConfigError(
      'JAAS_PRIVATE_KEY_FILE',
      `JAAS_PRIVATE_KEY_FILE is not a PEM private key (${(e as Error).message})`,
    )
  }
  const zoom = zoomConfigFrom(config.env, resolve(staticDir, 'zoom'))
  return { config, tls, staticDir, jitsi, zoom }
}

let configured: ReturnType<typeof configure>
try {
  configured = configure()
} catch (e) {
  if (!(e instanceof ConfigError)) throw e
  process.stderr.write(`configuration: ${e.message}\n`)
  process.exit(1)
}
const { config, tls, staticDir, jitsi, zoom } = configured
const logger = createLogger({ level: config.logLevel })

const server = await createServer({
  dataDir: resolve(config.dataDir),
  port: config.port,
  host: config.host,
  publicUrl: config.publicUrl,
  tls,
  staticDir,
  trustProxy: config.trustProxy,
  logger,
  iceServers: config.iceServers,
  retentionYears: config.retentionYears,
  platforms: [...(zoom ? [{ kind: 'zoom' } as const] : []), jitsiPlatform(jitsi)],
  routers: [jitsiMount(jitsi), zoomMount(zoom)],
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

// `npm run backup` while serving: the request file says where; the answer goes next to it.
process.on('SIGUSR2', () => {
  answerBackupRequest(resolve(config.dataDir), (target) => server.backup(target)).catch((err: unknown) =>
    logger.error({ err }, 'backup request failed'),
  )
})

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
