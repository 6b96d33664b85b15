/**
 * WebSocket round trips to the companion server's echo endpoint: `count` pings, one after the other, each with a
 * deadline, so a lost reply counts as loss instead of hanging the check.
 */
import { type PingStats, summarizePings } from '@mediation/core/prep'

export async function runPing(url: string, count: number, replyDeadlineMs: number): Promise<PingStats> {
  const ws = new WebSocket(url)
  const opened = await new Promise<boolean>((resolve) => {
    ws.addEventListener('open', () => resolve(true), { once: true })
    ws.addEventListener('error', () => resolve(false), { once: true })
    ws.addEventListener('close', () => resolve(false), { once: true })
  })
  if (!opened) return summarizePings([], count)
  const samples: number[] = []
  try {
    for (let seq = 0; seq < count; seq++) {
      const rtt = await pingOnce(ws, seq, replyDeadlineMs)
      if (rtt !== null) samples.push(rtt)
      if (ws.readyState !== WebSocket.OPEN) break
    }
  } finally {
    ws.close()
  }
  return summarizePings(samples, count)
}

function pingOnce(ws: WebSocket, seq: number, deadlineMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const sent = performance.now()
    const onMessage = (e: MessageEvent) => {
      let msg: unknown
      try {
        msg = JSON.parse(String(e.data))
      } catch {
        return
      }
      if ((msg as { seq?: unknown }).seq !== seq) return
      finish(performance.now() - sent)
    }
    const finish = (v: number | null) => {
      clearTimeout(timer)
      ws.removeEventListener('message', onMessage)
      ws.removeEventListener('close', onClose)
      resolve(v)
    }
    const onClose = () => finish(null)
    const timer = setTimeout(() => finish(null), deadlineMs)
    ws.addEventListener('message', onMessage)
    ws.addEventListener('close', onClose)
    ws.send(JSON.stringify({ type: 'ping', seq }))
  })
}
