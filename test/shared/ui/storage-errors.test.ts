import assert from 'node:assert/strict'
import { plainError } from '@mediation/pages/src/console/plain-error'
import { consoleText } from '@mediation/pages/src/console/strings'
import { describeError as practiceError } from '@mediation/pages/src/practice/errors'
import { ApiRequestError } from '@mediation/sidebar/client'
import { describeError, loadTranslator } from '@mediation/sidebar/ui'

const full = new ApiRequestError(507, { error: "not saved — the server's disk is full", code: 'STORE-FULL' })
const failing = new ApiRequestError(503, {
  error: 'not saved — the server cannot write',
  code: 'STORE-FAILED',
})

/** The server answers codes; every page words a full or failing disk in the user's language, never its English. */
describe('storage refusals (507 STORE-FULL, 503 STORE-FAILED) in the pages, nl and en', () => {
  it('the sidebar', async () => {
    const nl = await loadTranslator('nl')
    const en = await loadTranslator('en')
    assert.equal(
      describeError(full, nl),
      'Niet opgeslagen — de schijf van de server is vol. Probeer het later opnieuw en waarschuw de beheerder.',
    )
    assert.equal(
      describeError(full, en),
      "Not saved — the server's disk is full. Try again later, and tell the administrator.",
    )
    assert.match(
      describeError(failing, nl),
      /^Niet opgeslagen — de server kan niet naar zijn schijf schrijven/,
    )
  })
  it('the console and the practice page', () => {
    assert.match(
      plainError(full, consoleText('nl')).message,
      /^Niet opgeslagen — de schijf van de server is vol/,
    )
    assert.match(plainError(full, consoleText('en')).message, /^Not saved — the server's disk is full/)
    assert.match(plainError(failing, consoleText('en')).message, /cannot write to its disk/)
    assert.match(practiceError(full, 'nl').text, /^Niet opgeslagen — de schijf van de server is vol/)
    assert.match(practiceError(failing, 'en').text, /^Not saved — the server cannot write to its disk/)
  })
})
