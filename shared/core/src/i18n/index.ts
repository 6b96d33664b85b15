/** @mediation/core/i18n — the one translate mechanism (typed keys, placeholders, Intl plurals). */
export {
  type Dictionary,
  fill,
  LOCALES,
  type Message,
  type Plural,
  type Translate,
  textIn,
  translator,
} from './translate'
