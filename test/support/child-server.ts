import { type ChildProcess, spawn } from 'node:child_process'

/** A server running as its own process (`npm start` entry), for crash, kill -9 and two-process tests. */
export interface Child {
  proc: ChildProcess
  url: string
  wsUrl: string
  exited: Promise<number | null>
  /** Everything the process wrote to stderr so far. */
  stderr: () => string
}

/** Spawns `node --import tsx companion-server/src/main.ts` and reads the bound port from its stdout. */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}): Promise<Child> {
  const proc = spawnMain(dataDir, env)
  let err = ''
  proc.stderr!.on('data', (c: Buffer) => {
    err += c.toString()
    process.stderr.write(c)
  })
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  const port = await new Promise<number>((resolve, reject) => {
    let buf = ''
    proc.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString()
      for (const line of buf.split('\n')) {
        if (!line.includes('"ready"')) continue
        resolve((JSON.parse(line) as { port: number }).port)
      }
    })
    void exited.then((code) => reject(new Error(`server exited early (${code}): ${err}`)))
  })
  const url = `http://127.0.0.1:${port}`
  return { proc, url, wsUrl: `ws://127.0.0.1:${port}/sync`, exited, stderr: () => err }
}

/** The raw process, for a start that is expected to fail. */
export function spawnMain(dataDir: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'companion-server/src/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}
