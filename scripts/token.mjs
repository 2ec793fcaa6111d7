// npm run --silent token -- --role ROLE --org ORG [--team TEAM] [--sub ID] [--ttl 8h]
// npm run --silent token -- --digid-bsn BSN
// Prints one bearer token (only the JWT) signed by the local development issuer that `npm start` set up, or a
// development DigiD broker's ID token for intake's POST /api/v1/inwonersessies.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { execSync } from 'node:child_process';
import { parseCommandLine, usageError } from './lib/cli.mjs';
import { loadEnvFile } from './lib/env-file.mjs';

const ROLES = ['frontoffice', 'consulent', 'teamleider', 'werkgeversteam', 'financien', 'monitor', 'beheer', 'privacy'];
const { values } = parseCommandLine({
  usage: `
usage: npm run --silent token -- --role ROLE[,ROLE…] --org ORGANISATIE [--team TEAM] [--sub ID] [--ttl 8h]
       npm run --silent token -- --digid-bsn BSN

Prints a bearer token signed by the local development issuer (.dev/issuer, made by npm start), which the local
services and the portaal accept. Example: TOKEN=$(npm run --silent token -- --role frontoffice --org GM0014)

options:
  --role   ${ROLES.join(', ')} (several: comma-separated)
  --org    the organisation: a gemeentecode (GM0014), UWV or WIZ
  --team   the team (claim team): a consulent's "Team" worklist and the persons of the team's trajecten
  --sub    the subject (user id); default dev-<roles>
  --ttl    how long the token lives (default 8h; the services refuse more than AUTH_MAX_TOKEN_AGE_SECONDS)
  --digid-bsn   instead: a DigiD ID token for this BSN as the development broker signs it; exchange it for an
                inwoner's token with POST /api/v1/inwonersessies {"idToken": "…"} at intake
  -h, --help   this text`,
  options: {
    role: { type: 'string' },
    org: { type: 'string' },
    team: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
    'digid-bsn': { type: 'string' },
  },
});
const digidBsn = values['digid-bsn'];
const roles = (values.role ?? '').split(',').filter(Boolean);
if (!digidBsn && (!roles.length || !values.org)) usageError('--role and --org are required');
const unknownRoles = roles.filter((r) => !ROLES.includes(r));
if (unknownRoles.length) usageError(`unknown role ${unknownRoles.join(', ')} (roles: ${ROLES.join(', ')})`);
loadEnvFile();
const lib = new URL('../libs/platform/dist/auth/dev-issuer.js', import.meta.url);
if (!existsSync(lib))
  execSync('npx tsc -b libs/platform/tsconfig.lib.json', { stdio: 'ignore', cwd: new URL('..', import.meta.url) });
const { mintDevToken, mintDevDigidToken, ensureDevIssuer } = await import(lib.href);
// The inwoner-session key pair and trajecten's credential key too (trajecten's devCredentialPaths), so docker
// compose's services, which read .dev/ read-only and cannot make them, find them.
const { devInwonerIssuerPaths } = await import(
  new URL('../libs/platform/dist/auth/dev-issuer-paths.js', import.meta.url).href
);
const inwonerIssuer = await ensureDevIssuer(devInwonerIssuerPaths());
const credentialDir = path.join(path.dirname(inwonerIssuer.dir), 'credential-issuer');
await ensureDevIssuer({
  dir: credentialDir,
  privateKey: path.join(credentialDir, 'private.jwk.json'),
  jwks: path.join(credentialDir, 'jwks.json'),
});
if (digidBsn) {
  if (!/^\d{9}$/.test(digidBsn)) usageError('--digid-bsn must be 9 digits');
  process.stdout.write(`${await mintDevDigidToken({ bsn: digidBsn })}\n`);
  process.exit(0);
}
process.stdout.write(
  `${await mintDevToken({
    role: roles,
    organisatie: values.org,
    team: values.team,
    subject: values.sub,
    expiresIn: values.ttl,
  })}\n`,
);
