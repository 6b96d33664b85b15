// The fake meeting page bundles @jitsi/js-utils from the test-time cache (see jitsi-external-api.ts), not from
// the project's dependencies, so TypeScript gets the few types it uses here.
declare module '@jitsi/js-utils/transport' {
  export class PostMessageTransportBackend {
    constructor(opts: { postisOptions: { scope: string; window?: Window } })
  }
  export class Transport {
    constructor(opts: { backend: PostMessageTransportBackend })
    on(name: 'event', listener: (data: { name: string; data?: unknown[] }) => boolean): this
    on(
      name: 'request',
      listener: (request: { name: string }, reply: (result: unknown, error?: unknown) => void) => boolean,
    ): this
    sendEvent(event: { name: string; [key: string]: unknown }): void
    dispose(): void
  }
}
