// npm run --silent token -- --role ROLE --org ORG [--team TEAM] [--sub ID] [--ttl 8h]
// Prints one bearer token (only the JWT) signed by the local development issuer that `npm start` set up.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parseCommandLine, usageError } from './lib/cli.mjs';
import { loadEnvFile } from './lib/env-file.mjs';

const ROLES = ['frontoffice', 'consulent', 'teamleider', 'werkgeversteam', 'financien', 'monitor', 'beheer', 'privacy'];
const { values } = parseCommandLine({
  usage: `
usage: npm run --silent token -- --role ROLE[,ROLE…] --org ORGANISATIE [--team TEAM] [--sub ID] [--ttl 8h]

Prints a bearer token signed by the local development issuer (.dev/issuer, made by npm start), which the local
services and the portaal accept. Example: TOKEN=$(npm run --silent token -- --role frontoffice --org GM0014)

options:
  --role   ${ROLES.join(', ')} (several: comma-separated)
  --org    the organisation: a gemeentecode (GM0014), UWV or WIZ
  --team   the team (claim team): a consulent's "Team" worklist and the persons of the team's trajecten
  --sub    the subject (user id); default dev-<roles>
  --ttl    how long the token lives (default 8h; the services refuse more than AUTH_MAX_TOKEN_AGE_SECONDS)
  -h, --help   this text`,
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    team: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});
const roles = (values.role ?? '').split(',').filter(Boolean);
if (!roles.length || !values.org) usageError('--role and --org are required');
const unknownRoles = roles.filter((r) => !ROLES.includes(r));
if (unknownRoles.length) usageError(`unknown role ${unknownRoles.join(', ')} (roles: ${ROLES.join(', ')})`);
loadEnvFile();
const lib = new URL('../libs/platform/dist/auth/dev-issuer.js', import.meta.url);
if (!existsSync(lib))
  execSync('npx tsc -b libs/platform/tsconfig.lib.json', { stdio: 'ignore', cwd: new URL('..', import.meta.url) });
const { mintDevToken } = await import(lib.href);
process.stdout.write(
  `${await mintDevToken({
    role: roles,
    organisatie: values.org,
    team: values.team,
    subject: values.sub,
    expiresIn: values.ttl,
  })}\n`,
);
