/**
 * Bundles the companion server into build/ (server.js, create-mediator.js, backup.js) so production runs on plain `node`
 * with runtime dependencies only: the workspace packages (@mediation/*, TypeScript sources) are bundled in,
 * every other package stays an import that `npm ci --omit=dev` installs.
 */
import { join } from 'node:path'
import type * as esbuild from 'esbuild'

/** The production entries: `node build/server.js` is what the Dockerfile and the systemd unit run. */
export const SERVER_ENTRIES = {
  server: 'companion-server/src/main.ts',
  'create-mediator': 'companion-server/src/cli/create-mediator.ts',
  backup: 'companion-server/src/cli/backup.ts',
}

/** Workspace packages go into the bundle; registry packages are resolved by node at run time. */
const externalRegistryPackages: esbuild.Plugin = {
  name: 'external-registry-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@mediation/') ? undefined : { path: args.path, external: true },
    )
  },
}

/** esbuild options for the server bundle (also used in watch mode by `npm run dev`). */
export function serverBuildOptions(root: string, outdir = join(root, 'build')): esbuild.BuildOptions {
  return {
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(SERVER_ENTRIES).map(([k, v]) => [k, join(root, v)])),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.6',
    sourcemap: true,
    // Stack traces in production logs should name our functions.
    minify: false,
    plugins: [externalRegistryPackages],
    logLevel: 'warning',
  }
}
