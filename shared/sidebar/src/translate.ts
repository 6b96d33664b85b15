/**
 * The one translate mechanism (typed keys, placeholders, Intl plurals) for platform pages, which depend on the
 * sidebar and not on the core.
 */
export * from '@mediation/core/i18n'
