/** Signing through the one ceremony (SIGN-16) in a browser test: open, type the name, consent, next, confirm. */
import type { Locator, Page } from 'playwright-core'

/** Walks the ceremony inside `scope` (a page or a version card); stops before confirming when `confirm` is false. */
export async function signThrough(scope: Page | Locator, typedName: string, confirm = true): Promise<void> {
  await scope.locator('[data-testid=sign-open]').click()
  await scope.locator('[data-testid=sign-name]').fill(typedName)
  await scope.locator('[data-testid=sign-consent]').check()
  await scope.locator('[data-testid=sign-next]').click()
  if (confirm) await scope.locator('[data-testid=sign-confirm]').click()
}
