/**
 * Mocha root hook (.mocharc.json `require`): once every test has run, the process must be able to end by itself.
 * It lets what the last `after` hooks closed finish closing (setImmediate turns, at most 2 s), then fails with
 * every handle and timer still keeping the event loop alive, and ends the process so a leak fails the run
 * instead of hanging it. `LEAK_TRACE=1` records where each timer was set, to name the leaked ones.
 */

const SETTLE_MS = 2000

/** Resource type → count, for a multiset difference against what was open before any test. */
function counts(types: string[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const t of types) m.set(t, (m.get(t) ?? 0) + 1)
  return m
}

// stdio and whatever the runner itself holds before the first test.
const baseline = counts(process.getActiveResourcesInfo())

/** Resources beyond the baseline; the Immediate is this hook's polling, one Timeout mocha's timer for the hook. */
function leftOver(): string[] {
  const left: string[] = []
  for (const [type, n] of counts(process.getActiveResourcesInfo())) {
    if (type === 'Immediate') continue
    const allowed = (baseline.get(type) ?? 0) + (type === 'Timeout' ? 1 : 0)
    for (let i = allowed; i < n; i++) left.push(type)
  }
  return left
}

const timerStacks = new Map<NodeJS.Timeout, string>()
if (process.env.LEAK_TRACE) {
  for (const name of ['setTimeout', 'setInterval'] as const) {
    const original = globalThis[name]
    const traced = (...args: Parameters<typeof setTimeout>) => {
      const t = (original as typeof setTimeout)(...args)
      timerStacks.set(t, new Error(name).stack?.split('\n').slice(2, 10).join('\n') ?? '')
      return t
    }
    Object.assign(globalThis, { [name]: Object.assign(traced, original) })
  }
}

/** A line per handle still open: sockets with their addresses, servers, child processes. */
function describeHandles(): string[] {
  // process._getActiveHandles is undocumented but is the only way to see what a handle is.
  const handles = (process as unknown as { _getActiveHandles(): object[] })._getActiveHandles()
  return handles
    .filter((h) => !(h as { _isStdio?: boolean })._isStdio)
    .map((h) => {
      const o = h as Record<string, unknown> & { address?: () => unknown }
      if (typeof o.pid === 'number') return `child process ${String(o.spawnfile)} (pid ${o.pid})`
      if ('remotePort' in o && o.remotePort)
        return `socket ${String(o.localAddress)}:${String(o.localPort)} -> ${String(o.remoteAddress)}:${String(o.remotePort)}`
      if (typeof o.address === 'function' && 'listening' in o) return `server ${JSON.stringify(o.address())}`
      return h.constructor.name
    })
}

function describeTimers(): string[] {
  const live = [...timerStacks].filter(
    ([t]) => t.hasRef() && !(t as unknown as { _destroyed: boolean })._destroyed,
  )
  return live.map(([, stack]) => `timer set\n${stack}`)
}

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(SETTLE_MS + 10_000)
    const until = Date.now() + SETTLE_MS
    while (leftOver().length > 0 && Date.now() < until) await new Promise((r) => setImmediate(r))
    const left = leftOver()
    if (left.length === 0) return
    const lines = [...counts(left)].map(([type, n]) => `${n} × ${type}`)
    const detail = [...describeHandles(), ...describeTimers()]
    // The failure is reported by now; without this the leaked handle would keep the run from ever ending.
    setTimeout(() => process.exit(1), 1000).unref()
    throw new Error(
      `the tests left ${left.length} handle(s) open: ${lines.join(', ')}\n${detail.join('\n')}` +
        (process.env.LEAK_TRACE ? '' : '\n(run with LEAK_TRACE=1 to see where leaked timers were set)'),
    )
  },
}
