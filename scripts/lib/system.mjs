// What npm start and npm run dev share: make the machine ready (install, PostgreSQL/Redis/NATS, build) and run the
// four services and the portaal under the supervisor, each line prefixed with the process's name.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ensureInfrastructure, reachable, waitFor } from '../infra.mjs';
import { installIfNeeded } from '../install.mjs';
import { developmentNatsPassword, LOCAL_NATS_PORT, localNatsServer, natsServerBinary } from './local-nats.mjs';

/** What npm start runs: each process's default port, the colour of its prefix, its built entry, its package. */
export const PROCESSES = [
  { name: 'intake', port: 3001, colour: '\x1b[36m', main: 'services/intake/dist/main.js', project: 'services/intake' },
  {
    name: 'trajecten',
    port: 3002,
    colour: '\x1b[32m',
    main: 'services/trajecten/dist/main.js',
    project: 'services/trajecten',
  },
  {
    name: 'werkgevers',
    port: 3003,
    colour: '\x1b[33m',
    main: 'services/werkgevers/dist/main.js',
    project: 'services/werkgevers',
  },
  {
    name: 'subsidies',
    port: 3004,
    colour: '\x1b[35m',
    main: 'services/subsidies/dist/main.js',
    project: 'services/subsidies',
  },
  // The portaal (the web application) in front of the four services.
  {
    name: 'portaal',
    port: 3000,
    colour: '\x1b[34m',
    main: 'apps/portaal/dist/server/main.js',
    project: 'apps/portaal',
  },
];

const colourful = process.stdout.isTTY && !('NO_COLOR' in process.env);
const NAME_WIDTH = Math.max(...PROCESSES.map((p) => p.name.length));

/** The prefix of a process's lines: its name in its colour in a terminal, `[name]` where output is read back. */
export const tagOf = (name, colour = '\x1b[90m') =>
  colourful ? `${colour}${name.padEnd(NAME_WIDTH)}\x1b[0m` : `[${name}]`;

/** Installs what is missing, makes sure PostgreSQL, Redis and NATS run, and builds everything. */
export async function prepare() {
  process.env.NX_DAEMON ??= 'false';
  installIfNeeded();
  await ensureInfrastructure();
  console.log('[build] nx run-many -t build');
  // No input: in a terminal Nx would otherwise stop to ask about usage analytics (and write the answer to nx.json).
  execSync('npx nx run-many -t build --outputStyle=static', { stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * In a terminal the services write readable, coloured lines (pino-pretty, redacted as the JSON is); anywhere else,
 * and in production, JSON. A LOG_FORMAT that is set (json or pretty) is left as it is.
 */
function chooseLogFormat() {
  if (!process.stdout.isTTY || process.env.NODE_ENV === 'production') return;
  process.env.LOG_FORMAT ??= 'pretty';
  // The services' output is a pipe to this process, so they cannot see the terminal themselves.
  if (colourful && process.env.LOG_FORMAT === 'pretty') process.env.FORCE_COLOR ??= '1';
}

/** Runs every process of PROCESSES under `supervisor`, reports when all are ready; Ctrl-C / SIGTERM stops them. */
export async function runSystem(supervisor) {
  const { ensureDevIssuer } = await import('../../libs/platform/dist/auth/dev-issuer.js');
  if (!process.env.AUTH_JWKS_URL) await ensureDevIssuer();
  // The inwoner-session key pair before any service starts: intake signs with it, every service and the portaal read
  // its JWKS file, and a service started first would otherwise find no file to check an inwoner's token with.
  if (!process.env.AUTH_INWONER_JWKS_URL) {
    const { devInwonerIssuerPaths } = await import('../../libs/platform/dist/auth/dev-issuer-paths.js');
    await ensureDevIssuer(devInwonerIssuerPaths());
  }
  // The portaal on this machine proxies to the services: they take its X-Forwarded-For, so limits count each browser.
  // It connects from a loopback address of its own (all of 127/8 is this machine on Linux), and the services trust
  // only that one: another local process naming a made-up client in X-Forwarded-For is counted as itself.
  if (!process.env.HTTP_TRUSTED_PROXIES && process.platform === 'linux') {
    process.env.PORTAAL_SOURCE_ADDRESS ??= '127.0.0.2';
    process.env.HTTP_TRUSTED_PROXIES = process.env.PORTAAL_SOURCE_ADDRESS;
  }
  // Locally the portaal's login page mints a token for any role and organisation; it must be asked for explicitly.
  if (!process.env.OIDC_AUTHORITY) process.env.PORTAAL_DEV_LOGIN ??= 'true';
  chooseLogFormat();
  const running = PROCESSES.map(({ name, port }) => ({
    name,
    port: Number(process.env[`${name.toUpperCase()}_PORT`] ?? port),
  }));
  await refuseTakenPorts(running);
  const stop = () => supervisor.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await startNats(supervisor);
  for (const { name, colour, main, project } of PROCESSES) {
    supervisor.start({
      name,
      tag: tagOf(name, colour),
      command: process.execPath,
      args: ['--enable-source-maps', ...nodeArgs(project), main],
      env: { ...process.env, ...natsUser(name) },
    });
  }
  if (await reportReady(supervisor, running)) await registerTestinwoners(running);
}

/**
 * Development only: the DigiD login's test persons (scripts/lib/testinwoners.mjs) are registered at intake, as front
 * office would, unless known. Needs the development issuer (no AUTH_JWKS_URL) to sign the front office token. A
 * failure is reported and leaves the system running.
 */
async function registerTestinwoners(running) {
  const { loadTestinwoners, seedTestinwoners, testinwonersWanted } = await import('./testinwoners.mjs');
  if (!testinwonersWanted(process.env)) return;
  try {
    const { mintDevToken } = await import('../../libs/platform/dist/auth/dev-issuer.js');
    const intake = running.find((c) => c.name === 'intake');
    const personen = await loadTestinwoners();
    const token = await mintDevToken({ role: 'frontoffice', organisatie: 'GM0014', subject: 'dev-testinwoners' });
    const result = await seedTestinwoners({
      intakeUrl: `http://127.0.0.1:${intake.port}`,
      token,
      personen,
      log: (line) => console.log(`[start] ${line}`),
    });
    const known = result.filter((r) => !r.nieuw).length;
    console.log(
      `[start] test persons for the DigiD login (Inloggen als inwoner): ${result.map((r) => r.naam).join(', ')}` +
        (known ? ` (${known} already registered)` : ''),
    );
  } catch (err) {
    console.log(`[start] could not register the test persons: ${err instanceof Error ? err.message : err}`);
  }
}

/** A port already taken would only show as a service crashing five times: say so before starting anything. */
async function refuseTakenPorts(running) {
  const taken = [];
  for (const { name, port } of running) {
    if (await reachable({ host: '127.0.0.1', port }, 300)) taken.push(`${port} (${name}: ${name.toUpperCase()}_PORT)`);
  }
  if (!taken.length) return;
  console.error(
    `[start] port already in use: ${taken.join(', ')}. Is an earlier npm start still running? Stop it, or set the variable to a free port (README: Troubleshooting).`,
  );
  process.exit(1);
}

// Each service signs in to NATS as its own user with the development password. Unless NATS_URL says otherwise,
// the bus is a NATS of npm start's own that checks those users and their subject permissions (scripts/lib/
// local-nats.mjs); without nats-server installed, the NATS that infra.mjs found (which may accept anyone).
const natsUser = (name) =>
  name === 'portaal' || process.env.NATS_USER ? {} : { NATS_USER: name, NATS_PASSWORD: developmentNatsPassword(name) };

async function startNats(supervisor) {
  const binary = process.env.NATS_URL ? undefined : natsServerBinary();
  if (!binary) return;
  const nats = localNatsServer(process.cwd(), binary);
  supervisor.start({ name: 'nats', tag: tagOf('nats'), ...nats });
  if (!(await waitFor({ host: '127.0.0.1', port: LOCAL_NATS_PORT }, 20))) {
    console.error(`[start] the local NATS did not come up on ${LOCAL_NATS_PORT}; see its lines above`);
    await supervisor.stop();
    process.exit(1);
  }
  process.env.NATS_URL = nats.url;
  console.log(`[start] NATS with a user per service on ${nats.url}`);
}

/** Waits until every process answers /health/ready (at most 120 s) and says where; true when all are ready. */
async function reportReady(supervisor, running) {
  const deadline = Date.now() + 120_000;
  const pending = new Set(running.map((c) => c.name));
  while (pending.size && Date.now() < deadline && !supervisor.stopping) {
    for (const { name, port } of running) {
      if (!pending.has(name)) continue;
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) pending.delete(name);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  if (supervisor.stopping) return false;
  if (pending.size) {
    console.log(`[start] not ready after 120 s: ${[...pending].join(', ')}`);
    return false;
  }
  const services = running.filter((c) => c.name !== 'portaal');
  const portaal = running.find((c) => c.name === 'portaal');
  console.log(
    `[start] all four services ready: ${services.map((c) => `${c.name} http://localhost:${c.port}/api/v1/docs`).join('  ')}`,
  );
  console.log(
    `[start] portaal ready: http://localhost:${portaal.port} (development login: pick a role and organisation)`,
  );
  return true;
}

/**
 * The Node flags a process runs with in every start (its package.json "nodeArgs"; deploy/ and docker-compose.yml
 * write the same, deploy/test/apps.spec.ts holds them to it). subsidies caps its young generation at 8 MB semi-spaces:
 * V8's default grows it to ~95 MB, resident once touched, and the export's pieces (ArrayBuffers moved from its worker)
 * were freed only at the rare scavenges; idle RSS 195 → 152 MB, export peak ~300 → 235 MB (README "Benchmark").
 */
export function nodeArgs(project) {
  return JSON.parse(readFileSync(`${project}/package.json`, 'utf8')).nodeArgs ?? [];
}
