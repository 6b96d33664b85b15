/** The configuration as people read it: the README table and `.env.example`, both rendered from VARIABLES. */
import { TOGETHER, VARIABLES } from './variables'

const shown = (d: string) => (d === '' ? 'unset' : /\s/.test(d) ? d : `\`${d}\``)

/** The README's configuration table (markdown). */
export function configTable(): string {
  const rows = VARIABLES.map((v) => `| \`${v.name}\` | ${shown(v.default)} | ${v.meaning} |`)
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n')
}

/** `.env.example`: every variable commented out at its default, with its meaning above it. */
export function envExample(): string {
  const head = [
    '# Configuration of the companion server; every line is optional. Copy to .env and uncomment what you set',
    '# (node --env-file=.env dist/server/main.js, docker compose and the systemd unit read such a file).',
    `# These go together, all set or none: ${TOGETHER.map((g) => g.join(' + ')).join('; ')}.`,
  ]
  const body = VARIABLES.map((v) => {
    const value = v.default === '' || /\s/.test(v.default) ? '' : v.default
    const note = v.default !== '' && /\s/.test(v.default) ? ` (default: ${v.default})` : ''
    return `\n# ${v.meaning.replaceAll('`', '')}${note}\n# ${v.name}=${value}`
  })
  return `${head.join('\n')}\n${body.join('\n')}\n`
}
