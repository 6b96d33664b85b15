import assert from 'node:assert/strict'
import { createSocket, type Socket } from 'node:dgram'
import { mkdtemp, rm } from 'node:fs/promises'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ReadinessResponse } from '@mediation/core/prep'
import type { Browser } from 'playwright-core'
import { build, ENTRIES } from '../../scripts/build'
import { launchBrowser } from '../support/browser'
import { api, createSessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'

/** The mapped address our STUN server reports: a TEST-NET-3 address, as if the browser sat behind a NAT. */
const PUBLIC_IP = [203, 0, 113, 7]
const COOKIE = 0x2112a442

/**
 * A minimal STUN server (RFC 5389 Binding only): the other end of the ICE check, emulated. It answers each
 * Binding request with an XOR-MAPPED-ADDRESS of PUBLIC_IP and the sender's port.
 */
function startStun(): Promise<{ socket: Socket; port: number; requests: () => number }> {
  const socket = createSocket('udp4')
  let requests = 0
  socket.on('message', (msg, from) => {
    if (msg.length < 20 || msg.readUInt16BE(0) !== 0x0001 || msg.readUInt32BE(4) !== COOKIE) return
    requests++
    const res = Buffer.alloc(32)
    res.writeUInt16BE(0x0101, 0)
    res.writeUInt16BE(12, 2)
    res.writeUInt32BE(COOKIE, 4)
    msg.copy(res, 8, 8, 20)
    res.writeUInt16BE(0x0020, 20)
    res.writeUInt16BE(8, 22)
    res.writeUInt16BE(0x0001, 24)
    res.writeUInt16BE(from.port ^ (COOKIE >>> 16), 26)
    res.writeUInt32BE((Buffer.from(PUBLIC_IP).readUInt32BE(0) ^ COOKIE) >>> 0, 28)
    socket.send(res, from.port, from.address)
  })
  return new Promise((resolve) =>
    socket.bind(0, '0.0.0.0', () =>
      resolve({ socket, port: socket.address().port, requests: () => requests }),
    ),
  )
}

/** An address of this machine the browser's host candidates can reach (a real interface, else loopback). */
function reachableAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address
  }
  return '127.0.0.1'
}

describe('practice page e2e: WebRTC connectivity through a configured STUN server', function () {
  this.timeout(120_000)
  let browser: Browser
  let stun: Awaited<ReturnType<typeof startStun>>
  let staticDir = ''

  before(async () => {
    staticDir = await mkdtemp(join(tmpdir(), 'practice-ice-'))
    await build(
      ENTRIES.filter((e) => e.name === 'practice'),
      staticDir,
    )
    stun = await startStun()
    browser = await launchBrowser({ media: 'fake' })
  })
  const server = useServer(() => ({
    staticDir,
    iceServers: [{ urls: `stun:${reachableAddress()}:${stun.port}` }],
  }))
  after(async () => {
    await browser?.close()
    stun?.socket.close()
    if (staticDir) await rm(staticDir, { recursive: true, force: true })
  })

  it('gathers a server-reflexive candidate, reports it, and stores it in the practice summary', async () => {
    const s = await createSessionWithParties(server)
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' })
    try {
      const page = await ctx.newPage()
      await page.goto(`${server.url}/practice/#t=${encodeURIComponent(s.invites.A!)}`)
      await page.getByTestId('practice-start').click()
      await page
        .locator('[data-testid="check-ice"]:not([data-status="pending"])')
        .waitFor({ timeout: 40_000 })
      const text = (await page.getByTestId('check-ice').textContent()) ?? ''
      assert.equal(await page.getByTestId('check-ice').getAttribute('data-status'), 'pass', text)
      assert.match(text, /A video route through your network was found \(.*srflx.*\)/)
      assert.ok(stun.requests() > 0, 'the browser asked our STUN server')
      await page.getByTestId('practice-save').click()
      await page.getByTestId('practice-saved').waitFor()
      const view = await api<{
        practice: { summary: { ice: { candidateTypes: string[]; status: string } } }[]
      }>(server, s.invites.A!, 'GET', `/api/sessions/${s.sessionId}/prep`)
      const ice = view.body.practice.at(-1)?.summary.ice
      assert.equal(ice?.status, 'pass')
      assert.ok(ice?.candidateTypes.includes('srflx'))
      const r = await api<ReadinessResponse>(
        server,
        s.mediatorToken,
        'GET',
        `/api/sessions/${s.sessionId}/prep/readiness`,
      )
      assert.ok(r.body.participants.some((p) => p.practice !== null))
    } finally {
      await ctx.close()
    }
  })
})
