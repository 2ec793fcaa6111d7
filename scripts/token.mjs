// npm run --silent token -- --role ROLE --org ORG [--sub ID]
// Prints one bearer token (only the JWT) signed by the local development issuer that `npm start` set up.
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const ROLES = ['frontoffice', 'consulent', 'werkgeversteam', 'financien', 'monitor', 'beheer'];
const { values } = parseArgs({
  options: { role: { type: 'string' }, org: { type: 'string' }, sub: { type: 'string' }, ttl: { type: 'string', default: '8h' } },
});
const roles = (values.role ?? '').split(',').filter(Boolean);
if (!roles.length || !values.org || roles.some((r) => !ROLES.includes(r))) {
  console.error(`usage: npm run --silent token -- --role ${ROLES.join('|')} --org GM0014|UWV [--sub ID] [--ttl 8h]`);
  process.exit(2);
}
const lib = new URL('../libs/platform/dist/auth/dev-issuer.js', import.meta.url);
if (!existsSync(lib)) execSync('npx tsc -b libs/platform/tsconfig.lib.json', { stdio: 'ignore', cwd: new URL('..', import.meta.url) });
const { mintDevToken } = await import(lib.href);
process.stdout.write(`${await mintDevToken({ role: roles, organisatie: values.org, subject: values.sub, expiresIn: values.ttl })}\n`);
