import assert from 'node:assert/strict'
import { createMediator } from '@mediation/companion-server'
import { listVersions } from '@mediation/core/domain'
import { type AgreementRecord, codeFromRandom } from '@mediation/core/record'
import { api, createSessionWithParties, type SessionWithParties } from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs, sign, untilRecord } from './record-harness'
import { readPdf, squash } from './record-pdf-text'

const CLAUSES = [
  'Party A pays Party B € 4.250 before 1 March 2027, in two equal instalments.',
  'Party B returns the company laptop and the access badge within five working days.',
  'Both parties keep the content of this mediation confidential, also after it ends.',
]

describe('record: agreement through the real server (sign, lock, PDF, JSON, verify)', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  before(async () => {
    s = await createSessionWithParties(server, {
      sides: ['A', 'B'],
      title: 'Employment dispute',
      extra: [
        { key: 'adviserA', role: 'adviser', side: 'A', name: 'Adam Adviser' },
        { key: 'sec', role: 'secretariat', name: 'Sam Secretary' },
      ],
    })
    m = await mediatorDocs(server, s)
    server.defer(() => m.destroy())
  })

  let locked: AgreementRecord

  it('SIGN-2 refuses a tampered hash and a stale version with a clear message', async () => {
    m.addClauses(CLAUSES.slice(0, 2))
    const v1 = m.saveVersion('First draft')
    await untilRecord(server, s, (r) => r.version.id === v1.id, 'v1 on the server')
    const tampered = await sign(server, s, 'A', {
      id: v1.id,
      hash: v1.hash.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    })
    assert.equal(tampered.status, 409)
    assert.equal(tampered.body.code, 'SIGN-2')
    assert.match(tampered.body.error ?? '', /not the text of this version/)

    m.addClauses(CLAUSES.slice(2))
    const v2 = m.saveVersion('Final text')
    await untilRecord(server, s, (r) => r.version.id === v2.id, 'v2 on the server')
    const stale = await sign(server, s, 'A', v1)
    assert.equal(stale.status, 409)
    assert.match(stale.body.error ?? '', /draft changed after this version/)
  })

  it('SIGN-4/5 parties sign, the mediator countersigns, and the export shows the lock with a verification code', async () => {
    const v2 = (await untilRecord(server, s, (r) => r.version.name === 'Final text', 'v2')).version
    for (const who of ['A', 'B']) assert.equal((await sign(server, s, who, v2)).status, 200, `${who} signs`)
    const signed = await untilRecord(server, s, (r) => r.status === 'signed', 'every side signed')
    assert.deepEqual(signed.signatures.map((x) => x.name).sort(), ['Party A', 'Party B'])
    assert.equal(signed.verification, null, 'no code before the countersignature')

    const version = listVersions(m.agreement).find((v) => v.id === v2.id)!
    m.countersign(version)
    locked = await untilRecord(server, s, (r) => r.status === 'locked', 'locked')
    assert.equal(locked.countersignature?.name, 'Mira Mediator')
    assert.match(locked.verification?.code ?? '', /^([0-9A-Z]{4}-){5}.$/)
    assert.equal(locked.verification?.url, `${server.url}/verify`)
    for (const sig of [...locked.signatures, locked.countersignature!])
      assert.equal(sig.hash, locked.version.hash)
    // The code is registered once and stays the same on every later export.
    const again = await untilRecord(server, s, () => true, 'export again')
    assert.equal(again.verification?.code, locked.verification?.code)
  })

  it('the PDF carries every clause, every signer with time and hash, the parties, the adviser and the code', async () => {
    const res = await download(server, s.invites.B!, `/api/sessions/${s.sessionId}/record/agreement.pdf`)
    assert.equal(res.status, 200)
    assert.equal(res.type, 'application/pdf')
    assert.equal(res.headers.get('cache-control'), 'no-store')
    const pdf = await readPdf(res.bytes)
    for (const c of CLAUSES) assert.ok(pdf.flat.includes(squash(c)), `clause ${c}`)
    for (const who of ['Party A', 'Party B', 'Adam Adviser', 'Mira Mediator', 'Employment dispute'])
      assert.ok(pdf.flat.includes(who), who)
    assert.ok(pdf.flat.includes(locked.version.hash))
    assert.ok(pdf.flat.includes(locked.verification!.code))
    assert.equal(pdf.flat.match(/signed \d/g)?.length, 3, 'two parties and the countersignature carry a time')
    assert.ok(pdf.flat.includes('page 1 of 1'))
  })

  it('verification accepts the real text and JSON export, and rejects a one-character change', async () => {
    const code = locked.verification!.code
    const txt = new TextDecoder().decode(
      (await download(server, s.invites.A!, `/api/sessions/${s.sessionId}/record/agreement.txt`)).bytes,
    )
    assert.equal(txt.trim(), locked.version.text)
    const ok = await api(server, null, 'POST', '/api/verify', { code, text: txt })
    assert.deepEqual(ok, { ...ok, status: 200, body: { match: true } })
    const crlf = await api(server, null, 'POST', '/api/verify', {
      code: code.toLowerCase().replaceAll('-', ' '),
      text: txt.replaceAll('\n', '\r\n'),
    })
    assert.deepEqual(crlf.body, { match: true }, 'line ends and typing of the code do not matter')
    const oneChar = txt.replace('4.250', '4.350')
    assert.equal(oneChar.length, txt.length)
    assert.deepEqual((await api(server, null, 'POST', '/api/verify', { code, text: oneChar })).body, {
      match: false,
      reason: 'different-text',
    })

    const json = JSON.parse(
      new TextDecoder().decode(
        (await download(server, s.invites.A!, `/api/sessions/${s.sessionId}/record/agreement.json`)).bytes,
      ),
    )
    assert.deepEqual((await api(server, null, 'POST', '/api/verify', { code, json })).body, { match: true })
    json.version.clauses[0].text = json.version.clauses[0].text.replace('4.250', '4.350')
    assert.deepEqual((await api(server, null, 'POST', '/api/verify', { code, json })).body, {
      match: false,
      reason: 'inconsistent',
    })
  })

  it('verification reveals nothing for unknown or malformed codes and bad bodies', async () => {
    const code = locked.verification!.code
    const unknown = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6)
    const r1 = await api<{ error: string; details?: unknown[] }>(server, null, 'POST', '/api/verify', {
      code: unknown,
      text: 'x',
    })
    assert.equal(r1.status, 400, 'a typo fails the check character before any lookup')
    assert.match(r1.body.error, /not a verification code/)
    const r2 = await api<{ error: string; details: { path: string }[] }>(
      server,
      null,
      'POST',
      '/api/verify',
      { code },
    )
    assert.equal(r2.status, 400)
    assert.equal(r2.body.details[0]?.path, 'text')
    const fresh = codeFromRandom(new Uint8Array(13).fill(1))
    const r3 = await api<{ error: string; code: string }>(server, null, 'POST', '/api/verify', {
      code: fresh,
      text: locked.version.text,
    })
    assert.equal(r3.status, 404)
    assert.deepEqual(Object.keys(r3.body), ['error', 'code'], 'the code says no more than the status')
    assert.equal(r3.body.code, 'VERIFY-NOT-FOUND')
  })

  it('SIGN-5 a locked agreement refuses further signatures; exports refuse the secretariat, strangers and unknown sessions', async () => {
    const late = await sign(server, s, 'adviserA', locked.version)
    assert.equal(late.status, 409)
    assert.equal(late.body.code, 'SIGN-5')
    const sec = await download(server, s.invites.sec!, `/api/sessions/${s.sessionId}/record/agreement.pdf`)
    assert.equal(sec.status, 403)
    assert.equal(
      (await download(server, s.mediatorToken, '/api/sessions/nope/record/agreement.json')).status,
      404,
    )
    assert.equal(
      (await download(server, 'not-a-token', `/api/sessions/${s.sessionId}/record/agreement.json`)).status,
      401,
    )
    assert.equal(
      (
        await download(
          server,
          s.mediatorToken,
          `/api/sessions/${s.sessionId}/record/agreement.json?version=zz`,
        )
      ).status,
      404,
    )
  })

  it("another mediator's session and another session's participant get 404 on every record route", async () => {
    await createMediator(
      server.context.directory,
      { email: 'otto@example.org', name: 'Otto', password: 'another password' },
      Date.now(),
    )
    const otto = await api<{ token: string }>(server, null, 'POST', '/api/login', {
      email: 'otto@example.org',
      password: 'another password',
    })
    const other = await createSessionWithParties(server, { sides: ['X'], mediatorToken: s.mediatorToken })
    const files = ['agreement.json', 'agreement.txt', 'agreement.pdf', 'timelog.csv', 'notes.md', 'notes.pdf']
    const strangers = [
      ['otto', otto.body.token],
      ['party of another session', other.invites.X!],
    ] as const
    for (const f of files) {
      for (const [who, cred] of strangers) {
        const res = await download(server, cred, `/api/sessions/${s.sessionId}/record/${f}`)
        assert.equal(res.status, 404, `${who} ${f}`)
        assert.deepEqual(JSON.parse(new TextDecoder().decode(res.bytes)), {
          error: 'session not found',
          code: 'SESSION-NOT-FOUND',
        })
      }
    }
  })

  it('an archived session still exports its record (archiving is not erasure)', async () => {
    const archived = await api(server, s.mediatorToken, 'PUT', `/api/sessions/${s.sessionId}`, {
      status: 'archived',
    })
    assert.equal(archived.status, 200)
    const res = await download(server, s.invites.A!, `/api/sessions/${s.sessionId}/record/agreement.pdf`)
    assert.equal(res.status, 200)
    assert.ok((await readPdf(res.bytes)).flat.includes(locked.verification!.code))
    const v = await api(server, null, 'POST', '/api/verify', {
      code: locked.verification!.code,
      text: locked.version.text,
    })
    assert.deepEqual(v.body, { match: true })
  })
})
