import type { Response } from 'express'

/** A file name safe in a Content-Disposition header, from a session title. */
export function fileName(title: string, suffix: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'session'}-${suffix}`
}

/**
 * Sends a generated export. `no-store`: the record holds confidential mediation content and must not sit in
 * a browser or proxy cache (the right to erasure cannot reach those); nothing is written to the server's disk.
 */
export function sendExport(res: Response, type: string, name: string, body: string | Buffer): void {
  res
    .status(200)
    .set('cache-control', 'no-store')
    .set('x-content-type-options', 'nosniff')
    .set('content-disposition', `attachment; filename="${name}"`)
    .type(type)
    .send(body)
}
