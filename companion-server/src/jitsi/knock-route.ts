/**
 * Who may pass Jitsi's lobby without the mediator deciding by hand. Jitsi tells the mediator's page only a
 * knocker's display name. On a token deployment that name comes from a token this server minted, so a name that
 * is exactly one session participant's, who belongs in the room the mediator is in now, is that participant.
 * On an open deployment anyone can type any name: nobody passes automatically, the mediator decides.
 */
import { caucusState } from '@mediation/core/domain'
import type { AppContext } from '../http/context'
import type { SessionRecord } from '../store/meta-types'
import type { JitsiConfig } from './config'

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase()

/** The participant the knocker is, when they may be let in at once; null when the mediator must decide. */
export async function knockerFor(
  ctx: AppContext,
  cfg: JitsiConfig,
  session: SessionRecord,
  name: string,
): Promise<string | null> {
  if (cfg.tokens.kind === 'none') return null
  const named = session.participants.filter((p) => p.role !== 'mediator' && norm(p.name) === norm(name))
  const [who] = named
  if (!who || named.length > 1) return null
  const view = await ctx.rooms.withDocs([`${session.id}/control`], ([doc]) => caucusState(doc!, ctx.now()))
  const mediatorIn = view.status === 'active' ? view.mediatorRoom : 'main'
  const theirs = view.rooms[who.id] ?? 'main'
  return theirs === mediatorIn ? who.id : null
}
