// docker compose's one-shot `keys` service (docker-compose.yml): makes the development keys every container reads, once,
// in the `keys` volume mounted at /app/.dev, the place .dev has under `npm start`. It runs in the image as uid 1000,
// like the services, so no key comes from the host and none is root-owned; a second run keeps what exists. Each key
// is made by the code that makes it under `npm start` (run from the image's /app, or any tree with the built output).
// `node keys.cjs token ROLE ORG` prints a bearer token from the development issuer in the volume instead, for curl
// against the compose stack (`npm run token` signs with the host's .dev, which the containers do not trust).
const { createRequire } = require('node:module');
const path = require('node:path');

const app = createRequire(path.join(process.cwd(), 'package.json'));
const { devInwonerIssuerPaths, devIssuerPaths, ensureDevIssuer, mintDevToken } = app('@wiz/platform');
const { devCredentialPaths } = app('@wiz/trajecten/dist/config/trajecten-config.js');
const { loadIntakeConfig } = app('@wiz/intake/dist/config/intake-config.js');
const { loadWerkgeversConfig } = app('@wiz/werkgevers/dist/config/werkgevers-config.js');

async function main() {
  // Outside production the services' configuration makes a missing development key; here only this job may.
  const env = { ...process.env, NODE_ENV: 'development' };
  // The staff issuer (the portaal's development login, `token`) that also signs as the development DigiD broker.
  await ensureDevIssuer(devIssuerPaths());
  // Intake's inwoner sessions, checked by every service and the portaal.
  await ensureDevIssuer(devInwonerIssuerPaths());
  // Trajecten's credential key.
  await ensureDevIssuer(devCredentialPaths(env));
  // Intake's BSN encryption and HMAC keys, werkgevers' candidate pseudonym key.
  loadIntakeConfig(env);
  loadWerkgeversConfig(env);
  console.log(`[keys] development keys in ${path.dirname(devIssuerPaths().dir)}`);
}

async function token([role, organisatie]) {
  if (!role || !organisatie) throw new Error('usage: node keys.cjs token ROLE ORGANISATIE (e.g. consulent GM0014)');
  process.stdout.write(`${await mintDevToken({ role: role.split(','), organisatie })}\n`);
}

const [command, ...args] = process.argv.slice(2);
(command === 'token' ? token(args) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
