import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  createMemoryVerificationStore,
  recordServiceFor,
  type VerificationStore,
} from '@mediation/companion-server/record'
import {
  addCaucusPoint,
  caucusSchema,
  editClause,
  endCaucus,
  endSession,
  getRules,
  isLocked,
  listVersions,
  localOrigin,
  moveMediator,
  planCaucus,
  serverOrigin,
  setPhase,
  startMeeting,
  timeLog,
} from '@mediation/core/domain'
import { type AgreementRecord, parseCsv } from '@mediation/core/record'
import type { DeletionReport } from '@mediation/protocol'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  api,
  createSessionWithParties,
  exportDossier,
  fetchTicket,
  type SessionWithParties,
  synced,
  waitFor,
} from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs, sign, untilRecord } from './record-harness'
import { readPdf } from './record-pdf-text'

const text = (b: Uint8Array) => new TextDecoder().decode(b)

describe('record: concurrent edit during signing (SIGN-3 through the real server)', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  before(async () => {
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
  })

  it('SIGN-3 an edit made while a party signs (offline, then merged) voids the signature visibly', async () => {
    const [c1] = m.addClauses([
      'The tenant pays the arrears of € 1.250 by 1 January.',
      'The landlord repairs the leak.',
    ])
    const v1 = m.saveVersion('Draft 1')
    await untilRecord(server, s, (r) => r.version.id === v1.id, 'v1 on the server')
    const agreementProvider = m.providers[1]!
    agreementProvider.disconnect()
    editClause(
      m.agreement,
      { id: c1!, text: 'The tenant pays the arrears of € 1.250 by 1 February.' },
      { actor: m.actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
    )
    assert.equal(
      (await sign(server, s, 'A', v1)).status,
      200,
      'the server has not seen the edit yet: A signs',
    )
    assert.equal((await sign(server, s, 'B', v1)).status, 200)
    const before = await untilRecord(server, s, (r) => r.signatures.length === 2, 'both signatures valid')
    assert.equal(before.status, 'signed')

    agreementProvider.params.ticket = await fetchTicket(server, s.mediatorToken, s.sessionId)
    agreementProvider.connect()
    await synced(agreementProvider)
    const after = await untilRecord(server, s, (r) => r.voidedSignatures.length === 2, 'signatures voided')
    assert.equal(after.signatures.length, 0)
    assert.equal(after.status, 'draft')
    assert.deepEqual(after.voidedSignatures.map((x) => x.name).sort(), ['Party A', 'Party B'])
    const pdf = await readPdf(
      (
        await download(
          server,
          s.invites.A!,
          `/api/sessions/${s.sessionId}/record/agreement.pdf?version=${v1.id}`,
        )
      ).bytes,
    )
    assert.ok(pdf.flat.includes('DRAFT'), 'the PDF of a voided version says draft')
    assert.equal(pdf.flat.match(/\(party, [AB]\) not signed/g)?.length, 2)
    assert.throws(() => m.countersign(listVersions(m.agreement).find((v) => v.id === v1.id)!), /SIGN-2/)
  })

  it('SIGN-3 a live edit racing a signature never leaves a valid signature on the old text', async () => {
    m.addClauses(['The parties meet again in three months to review this arrangement.'])
    for (let round = 0; round < 8; round++) {
      const v = m.saveVersion(`Race ${round}`)
      await untilRecord(server, s, (r) => r.version.id === v.id, `race ${round} version on the server`)
      const clause = listVersions(m.agreement).at(-1)!.clauses[0]!
      const [signed] = await Promise.all([
        sign(server, s, 'A', v),
        // Even rounds edit at once, odd rounds a few event-loop turns later, so the two reach the server in
        // either order (measured here: refused when the edit is first, signed-then-voided otherwise).
        turns(round % 2 === 0 ? 0 : round).then(() =>
          editClause(
            m.agreement,
            { id: clause.id, text: `${clause.text.replace(/ \(r\d+\)$/, '')} (r${round})` },
            { actor: m.actor, now: Date.now(), origin: localOrigin(s.mediatorId), newId: randomUUID },
          ),
        ),
      ])
      assert.ok(signed.status === 200 || signed.status === 409, `round ${round}: ${signed.status}`)
      if (signed.status === 409) assert.equal(signed.body.code, 'SIGN-2')
      const rec = await untilRecord(
        server,
        s,
        (r) =>
          r.version.id === v.id &&
          (signed.status === 409 || r.voidedSignatures.some((x) => x.name === 'Party A')),
        `round ${round} settled`,
      )
      assert.equal(rec.signatures.length, 0, `round ${round}: no valid signature on a text that changed`)
    }
  })
})

describe('record: time log CSV, notes export and erasure through the real server', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      title: 'Neighbours',
      extra: [
        { key: 'adviserA', role: 'adviser', side: 'A' },
        { key: 'sec', role: 'secretariat' },
      ],
    })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
  })

  it('TIME-1 the CSV totals equal the domain time log (joint, caucus per side)', async () => {
    const t0 = Date.UTC(2026, 10, 20, 8, 0)
    const min = 60_000
    const o = localOrigin(s.mediatorId)
    startMeeting(m.control, {}, { actor: m.actor, now: t0, origin: o, newId: randomUUID })
    setPhase(m.control, { phase: 'opening' }, { actor: m.actor, now: t0, origin: o, newId: randomUUID })
    const rules = getRules(m.control)
    for (const who of ['A', 'B', 'adviserA']) {
      const r = await api(server, s.invites[who]!, 'POST', `/api/sessions/${s.sessionId}/commands`, {
        type: 'acceptRules',
        version: rules.version,
        hash: rules.hash,
      })
      assert.equal(r.status, 200, `${who} accepts the rules`)
    }
    await waitFor(
      () => getRules(m.control) !== null && m.control.getMap('acceptances').size === 3,
      'acceptances synced',
    )
    setPhase(
      m.control,
      { phase: 'joint' },
      { actor: m.actor, now: t0 + 10 * min, origin: o, newId: randomUUID },
    )
    planCaucus(
      m.control,
      { sideIds: [s.sides.A!, s.sides.B!] },
      { actor: m.actor, now: Date.now(), origin: o, newId: randomUUID },
    )
    setPhase(
      m.control,
      { phase: 'caucus' },
      { actor: m.actor, now: t0 + 40 * min, origin: o, newId: randomUUID },
    )
    moveMediator(
      m.control,
      { room: s.sides.B! },
      { actor: m.actor, now: t0 + 55 * min + 30_000, origin: o, newId: randomUUID },
    )
    endCaucus(m.control, {}, { actor: m.actor, now: t0 + 75 * min + 1234, origin: o, newId: randomUUID })
    setPhase(
      m.control,
      { phase: 'closing' },
      { actor: m.actor, now: t0 + 90 * min, origin: o, newId: randomUUID },
    )
    endSession(
      m.control,
      { outcome: 'full-agreement' },
      { actor: m.actor, now: t0 + 95 * min + 7, origin: o, newId: randomUUID },
    )
    const log = timeLog(m.control, Date.now()).totals
    let rows: string[][] = []
    await waitFor(async () => {
      const res = await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/timelog.csv`)
      assert.equal(res.status, 200)
      assert.match(res.type, /^text\/csv/)
      rows = parseCsv(text(res.bytes))
      return rows.some(
        (r) =>
          r[0] === 'total' && r[3] === 'contact time' && Math.round(Number(r[8]) * 1000) === log.contactMs,
      )
    }, 'the server’s time log to match')
    const ms = (r?: string[]) => Math.round(Number(r?.[8]) * 1000)
    const total = (kind: string, side = '') =>
      rows.find((r) => r[0] === 'total' && r[3] === kind && r[4] === side)
    assert.equal(ms(total('joint session')), log.jointMs)
    assert.equal(log.jointMs, 10 * min + 30 * min + 14 * min + 58_766 + 5 * min + 7)
    assert.equal(ms(total('caucus', 'A')), log.caucusPerSideMs[s.sides.A!])
    assert.equal(ms(total('caucus', 'B')), log.caucusPerSideMs[s.sides.B!])
    assert.equal(log.caucusPerSideMs[s.sides.A!], 15 * min + 30_000)
    const intervals = rows.filter((r) => r[0] === 'interval')
    assert.equal(
      intervals.reduce((n, r) => n + ms(r), 0),
      log.contactMs,
    )
    assert.equal(log.contactMs, log.jointMs + log.caucusMs, 'no intake, no time alone, nothing manual')
    for (const who of ['A', 'sec']) {
      assert.equal(
        (await download(server, s.invites[who]!, `/api/sessions/${s.sessionId}/record/timelog.csv`)).status,
        403,
      )
    }

    // The same log for Dutch Excel: semicolons, decimal commas and a BOM, the same figures.
    const path = `/api/sessions/${s.sessionId}/record/timelog.csv`
    const nl = await download(server, s.mediatorToken, `${path}?format=nl`)
    assert.deepEqual([...nl.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 BOM')
    const nlRows = parseCsv(text(nl.bytes), ';')
    assert.equal(nlRows.length, rows.length)
    for (const [i, r] of nlRows.entries()) {
      assert.equal(r.length, rows[i]?.length, `row ${i}: the same columns`)
      assert.deepEqual(
        r.map((cell) => (/^\d+,\d+$/.test(cell) ? cell.replace(',', '.') : cell)),
        rows[i],
        `row ${i}: the same values, with a decimal comma`,
      )
    }
    assert.ok(
      nlRows.some((r) => /^\d+,\d{3}$/.test(r[8] ?? '')),
      'seconds carry a decimal comma',
    )
    const intl = await download(server, s.mediatorToken, `${path}?format=intl`)
    assert.deepEqual(parseCsv(text(intl.bytes)), rows, 'an English session defaults to the international CSV')
    assert.notEqual(intl.bytes[0], 0xef, 'no BOM in the international CSV')
    const bad = await api<{ code?: string }>(server, s.mediatorToken, 'GET', `${path}?format=excel`)
    assert.equal(bad.status, 400, 'an unknown format is refused, not guessed')
  })

  it('notes export: each reader gets exactly the notes they may read (Markdown and PDF)', async () => {
    const note = async (cred: string, visibility: string, title: string) => {
      const r = await api(server, cred, 'POST', `/api/sessions/${s.sessionId}/notes`, {
        visibility,
        title,
        body: `${title} body`,
      })
      assert.equal(r.status, 201)
    }
    await note(s.mediatorToken, 'mediator', 'MEDIATOR-ONLY-7f3')
    await note(s.mediatorToken, 'joint', 'JOINT-NOTE-2b1')
    await note(s.mediatorToken, `side:${s.sides.A}`, 'SIDE-A-NOTE-9c4')
    await note(s.invites.B!, `side:${s.sides.B}`, 'SIDE-B-NOTE-5d8')
    const all = ['MEDIATOR-ONLY-7f3', 'JOINT-NOTE-2b1', 'SIDE-A-NOTE-9c4', 'SIDE-B-NOTE-5d8']
    const sees: Record<string, string[]> = {
      mediator: all,
      A: ['JOINT-NOTE-2b1', 'SIDE-A-NOTE-9c4'],
      adviserA: ['JOINT-NOTE-2b1', 'SIDE-A-NOTE-9c4'],
      B: ['JOINT-NOTE-2b1', 'SIDE-B-NOTE-5d8'],
    }
    for (const [who, want] of Object.entries(sees)) {
      const cred = who === 'mediator' ? s.mediatorToken : s.invites[who]!
      const md = await download(server, cred, `/api/sessions/${s.sessionId}/record/notes.md`)
      assert.equal(md.status, 200)
      assert.match(md.type, /^text\/markdown/)
      const pdf = await readPdf(
        (await download(server, cred, `/api/sessions/${s.sessionId}/record/notes.pdf`)).bytes,
      )
      for (const t of all) {
        assert.equal(text(md.bytes).includes(t), want.includes(t), `${who} md ${t}`)
        assert.equal(pdf.flat.includes(t), want.includes(t), `${who} pdf ${t}`)
      }
    }
    assert.equal(
      (await download(server, s.invites.sec!, `/api/sessions/${s.sessionId}/record/notes.md`)).status,
      403,
    )
  })

  it('notes export: the caucus notes and points of each side, under the side’s name, to the mediator and that side only; a forged heading stays text', async () => {
    const mediator = { participantId: s.mediatorId, role: 'mediator' as const, sideId: null }
    const write = (side: 'A' | 'B', notes: string, point: { text: string; mayShare: boolean }) =>
      server.context.rooms.withDocs([`${s.sessionId}/caucus/${s.sides[side]}`], ([doc]) => {
        caucusSchema(doc!).notes.insert(0, notes)
        const actor =
          point.mayShare && s.participants[side]
            ? {
                participantId: s.participants[side].id,
                role: 'party' as const,
                sideId: s.sides[side] ?? null,
              }
            : mediator
        addCaucusPoint(doc!, point, {
          actor,
          now: Date.now(),
          origin: serverOrigin(actor.participantId),
          newId: randomUUID,
        })
      })
    await write('A', 'CAUCUS-A-NOTES-41e\n## Forged heading', { text: 'CAUCUS-A-POINT-8d2', mayShare: true })
    await write('B', 'CAUCUS-B-NOTES-c07', { text: 'CAUCUS-B-POINT-3aa', mayShare: false })
    const sees: Record<string, ('A' | 'B')[]> = { mediator: ['A', 'B'], A: ['A'], adviserA: ['A'], B: ['B'] }
    for (const [who, sides] of Object.entries(sees)) {
      const cred = who === 'mediator' ? s.mediatorToken : s.invites[who]!
      const md = text((await download(server, cred, `/api/sessions/${s.sessionId}/record/notes.md`)).bytes)
      const pdf = await readPdf(
        (await download(server, cred, `/api/sessions/${s.sessionId}/record/notes.pdf`)).bytes,
      )
      for (const side of ['A', 'B'] as const) {
        const want = sides.includes(side)
        for (const marker of [`CAUCUS-${side}-NOTES`, `CAUCUS-${side}-POINT`, `Caucus — side ${side}`]) {
          assert.equal(md.includes(marker), want, `${who} md ${marker}`)
          assert.equal(pdf.flat.includes(marker), want, `${who} pdf ${marker}`)
        }
      }
    }
    const md = text(
      (await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/notes.md`)).bytes,
    )
    assert.match(md, /^## Caucus — side A$/m, 'the side by its name')
    assert.match(
      md,
      /^~~~text\nCAUCUS-A-NOTES-41e\n## Forged heading\n~~~$/m,
      'a caucus note cannot add a heading: it stays inside its text fence',
    )
    assert.match(md, /may be passed on: CAUCUS-A-POINT-8d2/)
    assert.match(md, /confidential: CAUCUS-B-POINT-3aa/)
  })

  it('erasure: after DELETE no file under the data folder holds the session id, a clause or a note', async () => {
    const clause = 'UNIQUE-CLAUSE-e41d: the fence stays where it is.'
    m.addClauses([clause])
    const v = m.saveVersion('Final')
    await untilRecord(server, s, (r) => r.version.id === v.id, 'version on the server')
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v)).status, 200)
    await untilRecord(server, s, (r) => r.status === 'signed', 'signed')
    m.countersign(listVersions(m.agreement).find((x) => x.id === v.id)!)
    const rec = await untilRecord(server, s, (r) => r.status === 'locked', 'locked')
    const code = rec.verification!.code
    for (const f of ['agreement.pdf', 'agreement.json', 'timelog.csv', 'notes.pdf', 'notes.md'])
      assert.equal(
        (await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/${f}`)).status,
        200,
      )
    await server.context.rooms.flushAll()
    assert.deepEqual(
      await exportsOnDisk(server.dataDir),
      [],
      'exports are generated in memory, never written to disk',
    )
    const needles = [s.sessionId, clause, 'SIDE-A-NOTE-9c4', 'MEDIATOR-ONLY-7f3', code]
    assert.ok(
      (await filesMentioning(server.dataDir, needles)).length > 0,
      'the check can fail: data is on disk before',
    )

    const notesBefore = await api<unknown[]>(
      server,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/notes`,
    )
    m.destroy()
    await exportDossier(server, s.mediatorToken, s.sessionId)
    const del = await api<DeletionReport>(server, s.mediatorToken, 'DELETE', `/api/sessions/${s.sessionId}`)
    assert.equal(del.status, 200, `delete answered ${del.status}`)
    assert.equal(del.body.removed.notes, notesBefore.body.length, 'the report counts the erased notes')
    assert.ok(del.body.removed.documents.includes(`caucus/${s.sides.A}`))
    assert.equal(
      (await api(server, null, 'POST', '/api/verify', { code, text: rec.version.text })).status,
      404,
    )
    assert.equal(
      (await download(server, s.mediatorToken, `/api/sessions/${s.sessionId}/record/agreement.pdf`)).status,
      404,
    )
    await server.stop({ keepData: true })
    const left = await filesMentioning(server.dataDir, needles)
    assert.deepEqual(left, [], `files still mentioning the session: ${left.join(', ')}`)
  })
})

describe('record: verification codes under concurrent exports and across a restart', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  const extra: WebsocketProvider[] = []
  before(async () => {
    s = await createSessionWithParties(server, { sides: ['A', 'B'] })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
  })

  it('eight simultaneous first exports after the lock register exactly one code; it survives a restart', async () => {
    m.addClauses(['The parties share the cost of the fence equally.'])
    const v = m.saveVersion('Final')
    await untilRecord(server, s, (r) => r.version.id === v.id, 'version on the server')
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v)).status, 200)
    await untilRecord(server, s, (r) => r.status === 'signed', 'signed')
    // Watch the lock arrive through a party's own socket, so no export runs before the burst below.
    const watcher = new Y.Doc()
    extra.push(await server.connect(s.invites.A!, s.sessionId, 'agreement', watcher))
    await synced(extra[0]!)
    m.countersign(listVersions(m.agreement).find((x) => x.id === v.id)!)
    await waitFor(() => isLocked(watcher), 'the lock to reach the server and back')
    assert.deepEqual(
      await server.context.record.codes.list(s.sessionId),
      [],
      'nothing registered before the burst',
    )

    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api<AgreementRecord>(
          server,
          i % 2 ? s.invites.B! : s.mediatorToken,
          'GET',
          `/api/sessions/${s.sessionId}/record/agreement.json`,
        ),
      ),
    )
    const codes = new Set(burst.map((r) => r.body.verification?.code))
    assert.equal(codes.size, 1, `one code, got ${[...codes].join(', ')}`)
    const [code] = [...codes]
    assert.equal((await server.context.record.codes.list(s.sessionId)).length, 1)

    // Straight at the service, over a store whose writes take a while (as a slow disk does): still one code.
    const slow = createMemoryVerificationStore()
    const slowStore: VerificationStore = {
      ...slow,
      add: (id, entry) => new Promise((done) => setImmediate(() => void slow.add(id, entry).then(done))),
    }
    const service = recordServiceFor(server.context, { codes: slowStore })
    const session = server.context.directory.session(s.sessionId)!
    const direct = await Promise.all(Array.from({ length: 8 }, () => service.agreement(session)))
    assert.equal(new Set(direct.map((r) => r.verification?.code)).size, 1)
    assert.equal((await slow.list(s.sessionId)).length, 1)

    const text = burst[0]!.body.version.text
    m.destroy()
    const again = await server.restart()
    assert.deepEqual((await api(again, null, 'POST', '/api/verify', { code, text })).body, { match: true })
    const rec = await api<AgreementRecord>(
      again,
      s.mediatorToken,
      'GET',
      `/api/sessions/${s.sessionId}/record/agreement.json`,
    )
    assert.equal(rec.body.verification?.code, code, 'the same code after the restart')
  })
})

/** Resolves after `n` turns of the event loop. */
async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r))
}

/** Files under `dir` that look like a generated export (PDF, CSV, Markdown) by name or content. */
async function exportsOnDisk(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const head = (await readFile(path)).subarray(0, 5).toString('latin1')
    if (/\.(pdf|csv|md)$/i.test(entry.name) || head === '%PDF-') out.push(path)
  }
  return out
}

/** Every file under `dir` whose bytes — or any base64 run inside them (Yjs snapshots) — contain a needle. */
async function filesMentioning(dir: string, needles: string[]): Promise<string[]> {
  const hits: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const raw = await readFile(path)
    const views = [raw.toString('utf8'), path]
    for (const run of raw.toString('latin1').match(/[A-Za-z0-9+/]{24,}={0,2}/g) ?? [])
      views.push(Buffer.from(run, 'base64').toString('utf8'))
    if (needles.some((n) => views.some((v) => v.includes(n)))) hits.push(path)
  }
  return hits
}
