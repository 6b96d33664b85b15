import type { NextFunction, Request, Response } from 'express'
import type { z } from 'zod'

/** Who may call a route: anyone, any valid credential, or a mediator's login token. */
export type RouteAuth = 'none' | 'credential' | 'mediator'

/** One API route and its documentation; the OpenAPI document is built from the same list that is mounted. */
export interface RouteDef {
  method: 'get' | 'post' | 'put' | 'delete'
  path: string
  summary: string
  auth: RouteAuth
  body?: z.ZodType
  /** Success status and a short description of the response. */
  ok: { status: number; description: string }
  /** Extra error statuses worth documenting beyond the common ones. */
  errors?: number[]
  headers?: string[]
  handler: (req: Request, res: Response, next: NextFunction) => unknown
}
