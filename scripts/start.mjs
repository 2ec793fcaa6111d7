// npm start: install what is missing, make sure PostgreSQL, Redis and NATS run, build, then run the four services
// in the foreground with prefixed logs. Each service creates and migrates its own database as it starts.
// Environment variables pass through to every service. One that crashes is restarted (scripts/lib/supervisor.mjs);
// Ctrl-C / SIGTERM stops them all.
import { execSync } from 'node:child_process';
import { installIfNeeded } from './install.mjs';
import { developmentNatsPassword, LOCAL_NATS_PORT, localNatsServer, natsServerBinary } from './lib/local-nats.mjs';
import { Supervisor } from './lib/supervisor.mjs';

process.env.NX_DAEMON ??= 'false';
installIfNeeded();
const { ensureInfrastructure, waitFor } = await import('./infra.mjs');
await ensureInfrastructure();
console.log('[build] nx run-many -t build');
execSync('npx nx run-many -t build --outputStyle=static', { stdio: 'inherit' });
const { ensureDevIssuer } = await import('../libs/platform/dist/auth/dev-issuer.js');
if (!process.env.AUTH_JWKS_URL) await ensureDevIssuer();

// The four services, then the portaal (the web application) in front of them on 3000.
// The portaal on this machine proxies to the services: they take its X-Forwarded-For, so limits count each browser.
// It connects from a loopback address of its own (all of 127/8 is this machine on Linux), and the services trust
// only that one: another local process naming a made-up client in X-Forwarded-For is counted as itself.
if (!process.env.HTTP_TRUSTED_PROXIES && process.platform === 'linux') {
  process.env.PORTAAL_SOURCE_ADDRESS ??= '127.0.0.2';
  process.env.HTTP_TRUSTED_PROXIES = process.env.PORTAAL_SOURCE_ADDRESS;
}
// Locally the portaal's login page mints a token for any role and organisation; it must be asked for explicitly.
if (!process.env.OIDC_AUTHORITY) process.env.PORTAAL_DEV_LOGIN ??= 'true';
const SERVICES = [
  ['intake', 3001, '\x1b[36m', 'services/intake/dist/main.js'],
  ['trajecten', 3002, '\x1b[32m', 'services/trajecten/dist/main.js'],
  ['werkgevers', 3003, '\x1b[33m', 'services/werkgevers/dist/main.js'],
  ['subsidies', 3004, '\x1b[35m', 'services/subsidies/dist/main.js'],
  ['portaal', 3000, '\x1b[34m', 'apps/portaal/dist/server/main.js'],
];
// Each service signs in to NATS as its own user with the development password. Unless NATS_URL says otherwise,
// the bus is a NATS of npm start's own that checks those users and their subject permissions (scripts/lib/
// local-nats.mjs); without nats-server installed, the NATS that infra.mjs found (which may accept anyone).
const natsUser = (name) => (name === 'portaal' || process.env.NATS_USER ? {} : { NATS_USER: name, NATS_PASSWORD: developmentNatsPassword(name) });
const supervisor = new Supervisor();
const natsBinary = process.env.NATS_URL ? undefined : natsServerBinary();
if (natsBinary) {
  const nats = localNatsServer(process.cwd(), natsBinary);
  supervisor.start({ tag: process.stdout.isTTY ? '\x1b[90m[nats]\x1b[0m' : '[nats]', ...nats });
  if (!(await waitFor({ host: '127.0.0.1', port: LOCAL_NATS_PORT }, 20))) {
    console.error(`[start] the local NATS did not come up on ${LOCAL_NATS_PORT}; see its lines above`);
    await supervisor.stop();
    process.exit(1);
  }
  process.env.NATS_URL = nats.url;
  console.log(`[start] NATS with a user per service on ${nats.url}`);
}
const children = SERVICES.map(([name, defaultPort, colour, main]) => {
  supervisor.start({
    tag: process.stdout.isTTY ? `${colour}[${name}]\x1b[0m` : `[${name}]`,
    command: process.execPath,
    args: ['--enable-source-maps', main],
    env: { ...process.env, ...natsUser(name) },
  });
  return { name, port: Number(process.env[`${name.toUpperCase()}_PORT`] ?? defaultPort) };
});
const stop = () => supervisor.stop().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

// Report once every service answers ready.
const deadline = Date.now() + 120_000;
const pending = new Set(children.map((c) => c.name));
while (pending.size && Date.now() < deadline && !supervisor.stopping) {
  for (const { name, port } of children) {
    if (!pending.has(name)) continue;
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) pending.delete(name);
  }
  await new Promise((r) => setTimeout(r, 500));
}
if (!supervisor.stopping) {
  if (pending.size) console.log(`[start] not ready after 120 s: ${[...pending].join(', ')}`);
  else {
    const services = children.filter((c) => c.name !== 'portaal');
    const portaal = children.find((c) => c.name === 'portaal');
    console.log(`[start] all four services ready: ${services.map((c) => `${c.name} http://localhost:${c.port}/api/v1/docs`).join('  ')}`);
    console.log(`[start] portaal ready: http://localhost:${portaal.port} (development login: pick a role and organisation)`);
  }
}
