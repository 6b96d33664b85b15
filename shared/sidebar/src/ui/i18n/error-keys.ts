/** Which sentence words a refusal or a refused field: keys only, so the sidebar's own dictionary can use them. */
import { isRuleId, type RuleId } from '@mediation/core/domain'
import { type ErrorCode, type ErrorDetail, isErrorCode } from '@mediation/protocol'
import type { enIssues } from './en-page-codes'

/** The codes the sidebar can meet (its own calls): its dictionary words these; any other falls back by status. */
export const SIDEBAR_CODES = [
  'BAD-INPUT',
  'AUTH-REQUIRED',
  'AUTH-EXPIRED',
  'FORBIDDEN',
  'MEDIATOR-ONLY',
  'NOTE-FORBIDDEN',
  'NOTE-SIDE-ONLY',
  'NOTE-REVISION',
  'NOT-FOUND',
  'SESSION-NOT-FOUND',
  'SESSION-ARCHIVED',
  'TOO-LARGE',
  'LIMIT-DOC',
  'LIMIT-NOTES',
  'RATE-LIMITED',
  'LIMIT-COMMANDS',
  'LIMIT-TICKETS',
  'SERVICE-DOWN',
  'STORE-FULL',
  'STORE-FAILED',
  'INTERNAL',
] as const satisfies readonly ErrorCode[]
export type SidebarCode = (typeof SIDEBAR_CODES)[number]
export type RefusalKey = `error.rule.${RuleId | ErrorCode}`
export type IssueKey = keyof typeof enIssues

/** The sentence for a status whose answer has no code we know (a proxy's 502, an older server). */
const BY_STATUS: Record<number, SidebarCode> = {
  400: 'BAD-INPUT',
  401: 'AUTH-REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT-FOUND',
  413: 'TOO-LARGE',
  429: 'RATE-LIMITED',
  500: 'INTERNAL',
  503: 'SERVICE-DOWN',
  507: 'STORE-FULL',
}

/** The key that words a refusal on a page: its code when we know it, else its status's sentence, else null. */
export function refusalKey(status: number, code: string | undefined): RefusalKey | null {
  if (isRuleId(code) || isErrorCode(code)) return `error.rule.${code}`
  const byStatus = BY_STATUS[status]
  return byStatus ? `error.rule.${byStatus}` : null
}

const isSidebarCode = (code: unknown): code is SidebarCode => SIDEBAR_CODES.some((c) => c === code)

/** The same for the sidebar, whose dictionary words only the codes it can meet (the others fall back by status). */
export function sidebarKey(
  status: number,
  code: string | undefined,
): `error.rule.${RuleId | SidebarCode}` | null {
  if (isRuleId(code) || isSidebarCode(code)) return `error.rule.${code}`
  const byStatus = BY_STATUS[status]
  return byStatus ? `error.rule.${byStatus}` : null
}

/** The phrase for a refused field (after its label) and the bound it names, from the detail's zod issue. */
export function issueWords(d: ErrorDetail): { key: IssueKey; n: number } {
  const small = d.issue === 'too_small'
  const n = (small ? d.minimum : d.maximum) ?? 0
  if (small || d.issue === 'too_big') {
    if (d.origin === 'string')
      return {
        key: small ? (n <= 1 ? 'error.input.required' : 'error.input.tooShort') : 'error.input.tooLong',
        n,
      }
    if (d.origin === 'array' || d.origin === 'set')
      return { key: small ? 'error.input.tooFew' : 'error.input.tooMany', n }
    return { key: small ? 'error.input.tooSmall' : 'error.input.tooBig', n }
  }
  const other: Partial<Record<string, IssueKey>> = {
    invalid_type: 'error.input.type',
    invalid_format: 'error.input.format',
    invalid_value: 'error.input.choice',
    unrecognized_keys: 'error.input.unexpected',
  }
  return { key: other[d.issue ?? ''] ?? 'error.input.invalid', n }
}
