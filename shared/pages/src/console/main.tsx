/**
 * Entry of the `console` bundle (served at /console/, and `/` redirects there): the page a mediator uses right
 * after installing — first-run setup or login, sessions, invites, and the way into every other page.
 */

import { pickLanguage } from '@mediation/sidebar/ui/i18n/i18n'
import { effect } from '@preact/signals'
import { render } from 'preact'
import '@mediation/sidebar/ui/sidebar.css'
import { ConsoleApp } from './app'
import './console.css'
import { createConsoleModel } from './console-model'

const root = document.getElementById('app')
if (root) {
  const m = createConsoleModel(pickLanguage([...navigator.languages]))
  effect(() => {
    document.documentElement.lang = m.lang.value
    document.title = m.t()('title')
  })
  // Components read the model's signals, so they re-render on their own when those change.
  render(<ConsoleApp m={m} />, root)
  addEventListener('hashchange', () => void m.route())
  void m.start()
}
