import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { getPhase, localOrigin, planCaucus, setPhase, setShuttle } from '@mediation/core/domain'
import type { PrepView, SafetyOverview } from '@mediation/core/prep'
import { CASE_ANSWERS } from '../support/intake'
import { api, createSessionWithParties, type SessionWithParties, waitFor } from '../support/server'
import { useServer } from '../support/use-server'
import { download, type MediatorDocs, mediatorDocs } from './record-harness'
import { readPdf } from './record-pdf-text'

/** Markers that must never leave the server except on the mediator's own intake and safety screens. */
const FEAR = 'MARKER-FEAR-7f3a'
const WORD = 'MARKER-WORD-kiwi'

const SUITABILITY = {
  ...CASE_ANSWERS,
  videoComfort: 'some',
  privateRoom: 'yes',
  device: 'laptop',
  helpNeeded: 'no',
  language: 'nl',
}

describe('safety screening (real server, port 0)', () => {
  const server = useServer()
  let s: SessionWithParties
  let m: MediatorDocs
  const prep = () => `/api/sessions/${s.sessionId}/prep`
  const as = (key: string) => (key === 'mediator' ? s.mediatorToken : s.invites[key]!)
  const command = (key: string, body: unknown) =>
    api<{ code?: string }>(server, as(key), 'POST', `/api/sessions/${s.sessionId}/commands`, body)
  const overview = async () =>
    (await api<SafetyOverview>(server, s.mediatorToken, 'GET', `${prep()}/safety`)).body
  const mediatorCtx = () => ({
    actor: m.actor,
    now: Date.now(),
    origin: localOrigin(s.mediatorId),
    newId: randomUUID,
  })

  before(async () => {
    s = await createSessionWithParties(server, {
      title: 'Veilig / Onveilig',
      language: 'nl',
      extra: [
        { key: 'adv', role: 'adviser', side: 'A', name: 'Adviser of A' },
        { key: 'sec', role: 'secretariat', name: 'Sam Secretary' },
      ],
    })
    m = await mediatorDocs(server, s)
  })
  after(() => m.destroy())

  it('SAFETY-2 a party’s screening answers reach the mediator only: not read back by their author, not by the other side, adviser or secretariat', async () => {
    const answers = {
      ...SUITABILITY,
      safetyFear: 'yes',
      safetySpeakFreely: 'no',
      safety: FEAR,
      safetyCodeWord: WORD,
    }
    const put = await api(server, as('A'), 'PUT', `${prep()}/intake`, { answers })
    assert.equal(put.status, 200, JSON.stringify(put.body))
    assert.doesNotMatch(
      JSON.stringify(put.body),
      /MARKER|"safetyFear":"yes"/,
      'the answer to the PUT carries none',
    )
    const own = await api<PrepView>(server, as('A'), 'GET', prep())
    assert.equal(own.body.answers?.answers.privateRoom, 'yes')
    assert.deepEqual([...(own.body.answers?.safetyAnswered ?? [])].sort(), [
      'safety',
      'safetyCodeWord',
      'safetyFear',
      'safetySpeakFreely',
    ])
    for (const id of ['safetyFear', 'safetySpeakFreely', 'safety', 'safetyCodeWord'])
      assert.equal(own.body.answers?.answers[id], undefined, id)
    // A later submission without them (the page never has them) keeps them; one that gives an answer changes it.
    await api(server, as('A'), 'PUT', `${prep()}/intake`, {
      answers: { ...SUITABILITY, safetySeparate: 'yes' },
    })
    const intake = await api<{ answers: Record<string, { answers: Record<string, string> }> }>(
      server,
      s.mediatorToken,
      'GET',
      `${prep()}/intake`,
    )
    assert.equal(intake.body.answers[s.participants.A!.id]?.answers.safety, FEAR)
    assert.equal(intake.body.answers[s.participants.A!.id]?.answers.safetySeparate, 'yes')
    for (const key of ['B', 'adv', 'sec', 'A']) {
      for (const path of [`${prep()}/safety`, `${prep()}/intake`]) {
        const r = await api(server, as(key), 'GET', path)
        assert.equal(r.status, 403, `${key} ${path}`)
        assert.doesNotMatch(JSON.stringify(r.body), /MARKER/)
      }
      assert.equal((await api(server, as(key), 'POST', `${prep()}/safety/assessed`)).status, 403, key)
    }
    const b = await api<PrepView>(server, as('B'), 'GET', prep())
    assert.doesNotMatch(JSON.stringify(b.body), /MARKER|safetyAnswered":\[.+\]/)
  })

  it('SAFETY-3 the mediator’s overview names the worrying answers, the code word and the hold', async () => {
    const o = await overview()
    assert.equal(o.held, true)
    assert.deepEqual(
      o.flags.map((f) => [f.name, f.questionId, f.answer]),
      [
        ['Party A', 'safetyFear', 'yes'],
        ['Party A', 'safetySpeakFreely', 'no'],
        ['Party A', 'safetySeparate', 'yes'],
        ['Party A', 'safety', FEAR],
      ],
    )
    assert.deepEqual(
      o.codeWords.map((w) => [w.name, w.word]),
      [['Party A', WORD]],
    )
    assert.equal(o.assessed, null)
  })

  it('SAFETY-4 a worrying answer holds opening → joint on the server until the mediator confirms; a new worrying answer holds again', async () => {
    setPhase(m.control, { phase: 'opening' }, mediatorCtx())
    const rules = (await api<PrepView>(server, as('A'), 'GET', prep())).body.rules!
    for (const key of ['A', 'B', 'adv'])
      assert.equal(
        (await command(key, { type: 'acceptRules', version: rules.version, hash: rules.hash })).status,
        200,
      )
    // A party may not move the phase at all; the mediator's move is refused with the safety rule.
    assert.equal((await command('B', { type: 'setPhase', phase: 'joint' })).body.code, 'ACCESS-2')
    const held = await command('mediator', { type: 'setPhase', phase: 'joint' })
    assert.equal(held.status, 409)
    assert.equal(held.body.code, 'SAFETY-4')
    assert.equal(getPhase(m.control), 'opening')
    const confirmed = await api<SafetyOverview>(server, s.mediatorToken, 'POST', `${prep()}/safety/assessed`)
    assert.equal(confirmed.status, 200)
    assert.equal(confirmed.body.held, false)
    assert.ok(confirmed.body.assessed?.at)
    // B answers worryingly after the assessment: held again until the next confirmation.
    await api(server, as('B'), 'PUT', `${prep()}/intake`, {
      answers: { ...SUITABILITY, safetyViolence: 'yes' },
    })
    assert.equal((await overview()).held, true)
    assert.equal((await command('mediator', { type: 'setPhase', phase: 'joint' })).body.code, 'SAFETY-4')
    await api(server, s.mediatorToken, 'POST', `${prep()}/safety/assessed`)
    assert.equal((await command('mediator', { type: 'setPhase', phase: 'joint' })).status, 200)
    await waitFor(() => getPhase(m.control) === 'joint', 'joint at the mediator')
  })

  it('SAFETY-5 in shuttle mode the server refuses every move into joint session', async () => {
    setShuttle(m.control, { on: true }, mediatorCtx())
    // From joint into a caucus, and back refused while shuttle mode is on.
    planCaucus(m.control, { sideIds: [s.sides.A!, s.sides.B!] }, mediatorCtx())
    setPhase(m.control, { phase: 'caucus' }, mediatorCtx())
    assert.equal(getPhase(m.control), 'caucus')
    await waitFor(
      async () => (await command('mediator', { type: 'setPhase', phase: 'joint' })).status === 409,
      'refused',
    )
    assert.equal((await command('mediator', { type: 'setPhase', phase: 'joint' })).body.code, 'SAFETY-5')
    setShuttle(m.control, { on: false }, mediatorCtx())
    await waitFor(
      async () => (await command('mediator', { type: 'setPhase', phase: 'joint' })).status === 200,
      'back',
    )
    assert.equal(getPhase(m.control), 'joint')
  })

  it('SAFETY-6 a party’s “end now” is recorded for the mediator only', async () => {
    assert.equal((await api(server, as('B'), 'POST', `${prep()}/safety/exit`)).status, 204)
    // A second press at once is the same alert (nothing more is written).
    assert.equal((await api(server, as('B'), 'POST', `${prep()}/safety/exit`)).status, 204)
    assert.equal((await api(server, as('sec'), 'POST', `${prep()}/safety/exit`)).status, 403)
    assert.equal((await api(server, s.mediatorToken, 'POST', `${prep()}/safety/exit`)).status, 403)
    const o = await overview()
    assert.deepEqual(
      o.exits.map((e) => e.name),
      ['Party B'],
    )
  })

  it('SAFETY-8 a party’s own code word typed anywhere is an “end now” for the mediator; another’s word, a part of a word or anyone else’s check is not', async () => {
    const word = (key: string, text: unknown) =>
      api<{ match?: boolean; code?: string }>(server, as(key), 'POST', `${prep()}/safety/word`, { text })
    // A's word is "MARKER-WORD-kiwi" (compared as words, any case, without accents or punctuation).
    assert.deepEqual((await word('A', 'we spreken af: geen marker word kiwiz')).body, { match: false })
    assert.deepEqual((await word('B', 'Marker-Word-Kiwi')).body, { match: false }, 'not B’s word')
    assert.deepEqual((await word('adv', 'marker word kiwi')).body, { match: false }, 'nor the adviser’s')
    for (const key of ['sec', 'mediator'])
      assert.equal((await word(key, 'marker word kiwi')).status, 403, key)
    assert.equal((await word('A', 'x'.repeat(4001))).status, 400)
    assert.equal((await word('A', 42)).status, 400)
    assert.equal(
      (await overview()).exits.some((e) => e.name === 'Party A'),
      false,
      'no match, no alert',
    )
    const hit = await word('A', 'Ik wil het even hebben over MÁRKER word, kiwi!')
    assert.deepEqual([hit.status, hit.body], [200, { match: true }])
    const o = await overview()
    const exit = o.exits.find((e) => e.name === 'Party A')
    assert.equal(exit?.via, 'code-word')
    // The answer names nothing of the word, and the party's own page still never reads it back.
    assert.doesNotMatch(JSON.stringify(hit.body), /MARKER|kiwi/i)
    const own = await api<PrepView>(server, as('A'), 'GET', prep())
    assert.doesNotMatch(JSON.stringify(own.body), /MARKER-WORD/)
  })

  it('SAFETY-2 no export or other answer of the server carries a screening answer (every GET of the session, every reader)', async () => {
    m.addClauses(['Partij A en partij B spreken af elkaar niet te benaderen.'])
    m.saveVersion('v1')
    const spec = await api<{ paths: Record<string, Record<string, unknown>> }>(
      server,
      null,
      'GET',
      '/api/openapi.json',
    )
    const paths = Object.entries(spec.body.paths)
      .filter(([p, ops]) => p.startsWith('/api/sessions/{id}') && 'get' in ops && !p.slice(18).includes('{'))
      .map(([p]) => p.replace('{id}', s.sessionId))
    assert.ok(
      paths.some((p) => p.endsWith('/record/notes.pdf')) && paths.some((p) => p.endsWith('timelog.csv')),
    )
    // The mediator's own screening screens are where the answers belong; everything else is checked.
    const screens = [`${prep()}/intake`, `${prep()}/safety`]
    let checked = 0
    for (const key of ['mediator', 'A', 'B', 'adv', 'sec']) {
      for (const path of paths) {
        if (key === 'mediator' && screens.includes(path)) continue
        const res = await download(server, as(key), path)
        const text = res.type.includes('pdf')
          ? (await readPdf(res.bytes)).flat
          : new TextDecoder().decode(res.bytes)
        assert.doesNotMatch(text, /MARKER/, `${key} GET ${path}`)
        if (res.status === 200) checked++
      }
    }
    assert.ok(checked >= 20, `${checked} answers read`)
  })
})
