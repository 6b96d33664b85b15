import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  type AgreementText,
  checkSignature,
  classifyMediaError,
  defaultAgreementText,
  defaultIntakeQuestions,
  isIntakeComplete,
  mediaAdvice,
  namesMatch,
  networkVerdict,
  refusalFrom,
  signatureState,
  summarizePings,
  validateAnswers,
  validateQuestions,
} from '@mediation/core/prep'

const sha = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex')
const version = (n: number, text: string): AgreementText => ({
  version: n,
  language: 'nl',
  text,
  hash: sha(text),
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'm1',
})

describe('prep: media errors', () => {
  it('maps each getUserMedia DOMException name to a fixable problem with nl and en advice', () => {
    const cases: [string, string][] = [
      ['NotAllowedError', 'permission-denied'],
      ['NotFoundError', 'no-device'],
      ['NotReadableError', 'device-busy'],
      ['OverconstrainedError', 'constraint'],
      ['SecurityError', 'insecure'],
    ]
    for (const [name, problem] of cases) {
      const err = new DOMException('x', name)
      assert.equal(classifyMediaError(err), problem, name)
      const nl = mediaAdvice(classifyMediaError(err), 'camera', 'nl')
      const en = mediaAdvice(classifyMediaError(err), 'camera', 'en')
      assert.ok(nl.includes('camera') && en.includes('camera'))
      assert.notEqual(nl, en)
    }
    assert.equal(classifyMediaError('boom'), 'unknown')
    assert.match(mediaAdvice('permission-denied', 'microphone', 'nl'), /microfoon/)
  })
})

describe('prep: network statistics', () => {
  it('takes the median round trip and the mean consecutive difference as jitter, with loss', () => {
    const s = summarizePings([20, 40, 30, 200, 30], 6)
    assert.equal(s.rttMs, 30)
    assert.equal(s.jitterMs, (20 + 10 + 170 + 170) / 4)
    assert.equal(s.lossPct, 16.7)
    assert.equal(networkVerdict(s), 'poor')
    assert.equal(networkVerdict(summarizePings([10, 12, 11, 10], 4)), 'good')
    assert.equal(networkVerdict(summarizePings([], 5)), 'poor')
  })
})

describe('prep: intake', () => {
  const qs = defaultIntakeQuestions()

  it('has the online-specific default questions in both languages', () => {
    const ids = qs.map((q) => q.id)
    for (const id of [
      'videoComfort',
      'privateRoom',
      'device',
      'helpNeeded',
      'language',
      'accessibility',
      'safety',
    ]) {
      assert.ok(ids.includes(id), id)
    }
    for (const q of qs) assert.ok(q.label.nl && q.label.en && q.label.nl !== q.label.en, q.id)
    assert.deepEqual(validateQuestions(qs), [])
  })

  it('refuses missing required answers, bad choices and unknown questions, naming each path', () => {
    const errors = validateAnswers(qs, { videoComfort: 'sometimes', privateRoom: 'maybe', bogus: 'x' })
    const paths = errors.map((e) => e.path)
    assert.ok(paths.includes('answers.bogus'))
    assert.ok(paths.includes('answers.videoComfort'))
    assert.ok(paths.includes('answers.privateRoom'))
    assert.ok(paths.includes('answers.device'))
    const good = {
      matterField: 'work',
      matter: 'Een conflict over taken',
      proceedings: 'no',
      referral: 'no',
      forOrganisation: 'no',
      funding: 'self',
      mobile: '06 12345678',
      videoComfort: 'new',
      privateRoom: 'yes',
      device: 'laptop',
      helpNeeded: 'no',
      language: 'nl',
    }
    assert.deepEqual(validateAnswers(qs, good), [])
    assert.ok(isIntakeComplete(qs, good))
    assert.ok(!isIntakeComplete(qs, { ...good, device: ' ' }))
  })

  it('refuses duplicate ids and choices without options in an edited list', () => {
    const bad = [
      ...qs,
      { ...qs[0]! },
      { id: 'c', kind: 'choice' as const, required: false, label: { nl: 'a', en: 'a' } },
    ]
    const paths = validateQuestions(bad).map((e) => e.path)
    assert.ok(paths.some((p) => p.endsWith('.id')))
    assert.ok(paths.some((p) => p.endsWith('.options')))
  })
})

describe('prep: signatures', () => {
  const v1 = version(1, defaultAgreementText('nl'))
  const v2 = version(2, `${defaultAgreementText('nl')}\n12. Extra.`)
  const ctx = { inviteName: 'Anna de Vries', current: v2, knownHashes: [v1.hash, v2.hash] }
  const ok = { typedName: '  anna   DE vries ', consent: true, textHash: v2.hash }

  it('accepts the invite name case- and whitespace-insensitively, only with consent and the current hash', () => {
    assert.ok(namesMatch('ANNA de  Vries', 'Anna de Vries'))
    assert.equal(checkSignature(ok, ctx), null)
    assert.equal(checkSignature({ ...ok, typedName: '   ' }, ctx), 'name-empty')
    assert.equal(checkSignature({ ...ok, typedName: 'Anna Vries' }, ctx), 'name-mismatch')
    assert.equal(checkSignature({ ...ok, consent: false }, ctx), 'no-consent')
    assert.equal(checkSignature({ ...ok, textHash: v1.hash }, ctx), 'hash-outdated')
    assert.equal(checkSignature({ ...ok, textHash: `${v2.hash.slice(0, 63)}0` }, ctx), 'hash-unknown')
    assert.equal(checkSignature({ ...ok, textHash: 'nonsense' }, ctx), 'hash-unknown')
  })

  it('a text change makes an earlier signature outdated', () => {
    const sig = {
      id: 's',
      participantId: 'p',
      typedName: 'Anna',
      version: 1,
      textHash: v1.hash,
      signedAt: 'x',
    }
    assert.equal(signatureState(sig, v1), 'valid')
    assert.equal(signatureState(sig, v2), 'outdated')
  })

  it('maps server codes and bare 401s to refusals the page can word', () => {
    assert.equal(refusalFrom(409, 'prep/hash-outdated'), 'hash-outdated')
    assert.equal(refusalFrom(401, undefined), 'credential')
    assert.equal(refusalFrom(500, undefined), null)
  })
})
