/**
 * `npm run create-mediator -- --email x@y --name "Name"`: adds a mediator account to DATA_DIR.
 * The password comes from MEDIATOR_PASSWORD or, if unset, from the first line of stdin (never from argv,
 * which other users of the machine can read). Run it while the server is stopped: the server keeps the account
 * list in memory and would not see the new account until restarted.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SetupBody } from '@mediation/protocol'
import { type Config, ConfigError, loadConfig } from '../config'
import { HttpError } from '../errors'
import { createMediator } from '../services/accounts'
import { acquireDataLock, DataFolderLockedError } from '../store/data-lock'
import { Directory } from '../store/directory'
import { createFileMetaStore } from '../store/meta-store'

async function readPassword(config: Config): Promise<string> {
  if (config.env.MEDIATOR_PASSWORD) return config.env.MEDIATOR_PASSWORD
  if (process.stdin.isTTY) process.stderr.write('password: ')
  let text = ''
  for await (const chunk of process.stdin) {
    text += String(chunk)
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } })
  if (!values.email || !values.name) {
    process.stderr.write(
      'usage: npm run create-mediator -- --email <email> --name <name>  (password on stdin)\n',
    )
    return 2
  }
  let config: Config
  try {
    config = loadConfig(process.env)
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    process.stderr.write(`configuration: ${e.message}\n`)
    return 2
  }
  const password = await readPassword(config)
  const checked = SetupBody.safeParse({ email: values.email, name: values.name, password })
  if (!checked.success) {
    for (const i of checked.error.issues) process.stderr.write(`${i.path.join('.')}: ${i.message}\n`)
    return 2
  }
  const dataDir = resolve(config.dataDir)
  // A running server holds the accounts in memory and would write over this change: one process per folder.
  const lock = await acquireDataLock(dataDir).catch((e: unknown) => {
    if (e instanceof DataFolderLockedError) return e
    throw e
  })
  if (lock instanceof DataFolderLockedError) {
    process.stderr.write(`${lock.message}\n`)
    return 1
  }
  const directory = await Directory.open(await createFileMetaStore(dataDir))
  try {
    const m = await createMediator(directory, checked.data, Date.now())
    process.stdout.write(`created mediator ${m.email} (${m.id}) in ${dataDir}\n`)
    return 0
  } catch (e) {
    if (e instanceof HttpError) {
      process.stderr.write(`${e.message}\n`)
      return 1
    }
    throw e
  } finally {
    await lock.release()
  }
}

process.exitCode = await main()
