import { join } from 'node:path'
import { DamagedFileError } from '../errors'
import { AtomicJsonFile } from './atomic-json-file'

interface RefusalsData {
  version: 1
  /** By session id: why it is refused and where the original bytes were kept. */
  sessions: Record<string, { reason: string; quarantine: string; at: string }>
}

const isRefusals = (v: unknown): v is RefusalsData => {
  const o = v as Partial<RefusalsData> | null
  return typeof o === 'object' && o !== null && o.version === 1 && typeof o.sessions === 'object'
}

/**
 * Sessions refused because the doc log could not vouch for them, kept in `<dataDir>/refused.json` so a refusal
 * outlives the damaged log it came from (that log is rewritten without them; its bytes stay in quarantine).
 * An administrator lifts a refusal by restoring the session and deleting its entry while the server is stopped.
 */
export class Refusals {
  private readonly file: AtomicJsonFile<RefusalsData>
  private data: RefusalsData = { version: 1, sessions: {} }

  private constructor(dataDir: string) {
    this.file = new AtomicJsonFile(join(dataDir, 'refused.json'), isRefusals)
  }

  static async open(dataDir: string): Promise<Refusals> {
    const r = new Refusals(dataDir)
    r.data = (await r.file.read()) ?? r.data
    return r
  }

  /** The error to answer for a refused session. */
  get(sessionId: string): DamagedFileError | undefined {
    const hit = this.data.sessions[sessionId]
    return hit
      ? new DamagedFileError(hit.quarantine, `session ${sessionId} refused: ${hit.reason}`)
      : undefined
  }

  get size(): number {
    return Object.keys(this.data.sessions).length
  }

  /** Durable before it resolves, so the log may be rewritten without these sessions afterwards. */
  async add(refused: Map<string, string>, quarantine: string, at: string): Promise<void> {
    const sessions = { ...this.data.sessions }
    for (const [id, reason] of refused) sessions[id] ??= { reason, quarantine, at }
    const next: RefusalsData = { version: 1, sessions }
    await this.file.write(next)
    this.data = next
  }

  /** Forgets an erased session. */
  async remove(sessionId: string): Promise<void> {
    if (!this.data.sessions[sessionId]) return
    const { [sessionId]: _gone, ...sessions } = this.data.sessions
    const next: RefusalsData = { version: 1, sessions }
    await this.file.write(next)
    this.data = next
  }
}
