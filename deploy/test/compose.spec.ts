import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

/**
 * docker-compose.yml as Docker reads it: Debian's docker-compose (1.29, installed by .ci/run like Chromium) parses and
 * validates the file against its schema without an engine (`config`), and prints it normalised (anchors and merge keys
 * resolved, paths absolute). The assertions below read that output: what `docker compose up` needs to come up healthy
 * with least privilege, which no schema checks. A missing docker-compose fails the test: it must be able to fail.
 */
const root = path.resolve(__dirname, '../..');
const SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'] as const;
const PORTS: Record<string, number> = {
  portaal: 3000,
  intake: 3001,
  trajecten: 3002,
  werkgevers: 3003,
  subsidies: 3004,
};
const APPS = [...SERVICES, 'portaal'];

function composeConfig(file = 'docker-compose.yml'): {
  services: Record<string, any>;
  volumes: Record<string, unknown>;
} {
  const result = spawnSync('docker-compose', ['-f', file, 'config'], { cwd: root, encoding: 'utf8' });
  if (result.error)
    throw new Error(
      `docker-compose not found (${result.error.message}): apt-get install docker-compose (.ci/run does)`,
    );
  if (result.status !== 0) throw new Error(`docker-compose config failed:\n${result.stderr}`);
  return parse(result.stdout);
}

const { services, volumes } = composeConfig();

/** A volume entry as `source:target[:mode]`, the form docker-compose config prints. */
const mounts = (service: any) =>
  ((service.volumes ?? []) as string[]).map((v) => {
    const [source, target, mode = 'rw'] = v.split(':');
    return { source, target, mode };
  });
/** Published ports, from either the short (`host_ip:published:target/proto`) or the long syntax. */
const published = (service: any): { hostIp?: string; published: number; target: number }[] =>
  (service.ports ?? []).map((p: any) => {
    if (typeof p !== 'string') return { hostIp: p.host_ip, published: Number(p.published), target: Number(p.target) };
    const parts = p.replace(/\/\w+$/, '').split(':');
    const [target, pub, hostIp] = parts.reverse();
    return { hostIp, published: Number(pub ?? target), target: Number(target) };
  });
const roles = new Map(
  [
    ...readFileSync(path.join(root, 'deploy/compose/database-roles.sql'), 'utf8').matchAll(
      /^CREATE ROLE (\w+) LOGIN PASSWORD '([^']*)';$/gm,
    ),
  ].map((m) => [m[1], m[2]]),
);
const databaseOwners = new Map(
  [
    ...readFileSync(path.join(root, 'deploy/compose/database-roles.sql'), 'utf8').matchAll(
      /^CREATE DATABASE (\w+) OWNER (\w+);$/gm,
    ),
  ].map((m) => [m[1], m[2]]),
);

it('docker-compose parses and validates the file', () => {
  expect(Object.keys(services).sort()).toEqual(
    ['intake', 'keys', 'nats', 'portaal', 'postgres', 'redis', 'subsidies', 'trajecten', 'werkgevers'].sort(),
  );
});

it('every depends_on condition can be met: service_healthy on a health check, completed on a one-shot job', () => {
  const conditions = Object.entries(services).flatMap(([name, s]) =>
    Object.entries((s.depends_on ?? {}) as Record<string, { condition: string }>).map(([target, d]) => ({
      name,
      target,
      condition: d.condition,
    })),
  );
  expect(conditions.length).toBeGreaterThan(0);
  for (const { name, target, condition } of conditions) {
    const dependency = services[target];
    expect({ name, target, exists: !!dependency }).toEqual({ name, target, exists: true });
    if (condition === 'service_healthy') {
      expect({ name, target, test: dependency.healthcheck?.test?.[0] }).toEqual({ name, target, test: 'CMD' });
      expect(dependency.healthcheck.disable).toBeFalsy();
    } else {
      expect({ name, target, condition }).toEqual({ name, target, condition: 'service_completed_successfully' });
      expect({ target, restart: dependency.restart ?? 'no' }).toEqual({ target, restart: 'no' });
    }
  }
});

it.each(SERVICES)('%s waits for healthy PostgreSQL, Redis and NATS and for the keys job', (name) => {
  expect(services[name].depends_on).toEqual({
    postgres: { condition: 'service_healthy' },
    redis: { condition: 'service_healthy' },
    nats: { condition: 'service_healthy' },
    keys: { condition: 'service_completed_successfully' },
  });
});

it('the portaal waits for the four services to be ready and for the keys', () => {
  expect(services.portaal.depends_on).toEqual({
    ...Object.fromEntries(SERVICES.map((s) => [s, { condition: 'service_healthy' }])),
    keys: { condition: 'service_completed_successfully' },
  });
});

describe.each(APPS)('%s', (name) => {
  const service = services[name];

  it('checks its own /health/ready with the node of the image (slim has no curl)', () => {
    const [kind, node, flag, script] = service.healthcheck.test;
    expect([kind, node, flag]).toEqual(['CMD', 'node', '-e']);
    expect(script).toContain(`fetch('http://127.0.0.1:${PORTS[name]}/health/ready')`);
    expect(script).toMatch(/process\.exit\(r\.ok \? 0 : 1\), \(\) => process\.exit\(1\)/);
    expect(published(service)).toEqual([{ published: PORTS[name], target: PORTS[name] }]);
  });

  it('runs the image read-only with a tmpfs /tmp, as the image user, reading the keys volume read-only', () => {
    expect(service.build).toEqual({ context: root, dockerfile: 'deploy/Dockerfile' });
    expect(service.read_only).toBe(true);
    expect(service.tmpfs).toEqual(['/tmp']);
    expect(service.user).toBeUndefined();
    expect(mounts(service)).toEqual([{ source: 'keys', target: '/app/.dev', mode: 'ro' }]);
    expect(service.environment.NODE_ENV).toBe('development');
  });
});

it('the keys job writes the keys volume as the image user and runs the committed script', () => {
  const keys = services.keys;
  expect(keys.build).toEqual(services.intake.build);
  expect(keys.image).toBe(services.intake.image);
  expect(keys.user).toBeUndefined();
  expect(keys.read_only).toBe(true);
  expect(keys.restart).toBe('no');
  const script = mounts(keys).find((m) => m.target === keys.command[1])!;
  expect(keys.command).toEqual(['node', script.target]);
  expect(script).toEqual({ source: path.join(root, 'deploy/compose/keys.cjs'), target: script.target, mode: 'ro' });
  expect(mounts(keys)).toContainEqual({ source: 'keys', target: '/app/.dev', mode: 'rw' });
  expect(Object.keys(volumes)).toContain('keys');
});

it('no service mounts .dev (private keys) or anything else of the host but the committed deploy/compose files', () => {
  for (const [name, service] of Object.entries(services))
    for (const { source } of mounts(service)) {
      if (!path.isAbsolute(source)) {
        expect({ name, source, named: Object.keys(volumes).includes(source) }).toEqual({ name, source, named: true });
        continue;
      }
      expect({ name, source, inDev: source.split(path.sep).includes('.dev') }).toEqual({ name, source, inDev: false });
      expect({ name, source, committed: source.startsWith(path.join(root, 'deploy/compose') + path.sep) }).toEqual({
        name,
        source,
        committed: true,
      });
      expect(existsSync(source)).toBe(true);
    }
});

it.each(SERVICES)(
  "%s logs in to its own database with the roles and passwords database-roles.sql makes, and to no other's",
  (name) => {
    const env = services[name].environment as Record<string, string>;
    const runtime = new URL(env.DATABASE_URL);
    const migration = new URL(env.DATABASE_MIGRATION_URL);
    expect([runtime.hostname, migration.hostname]).toEqual(['postgres', 'postgres']);
    expect([runtime.pathname, migration.pathname]).toEqual([`/wiz_${name}`, `/wiz_${name}`]);
    expect([runtime.username, migration.username]).toEqual([`wiz_${name}_app`, `wiz_${name}_owner`]);
    expect(runtime.password).toBe(roles.get(runtime.username));
    expect(migration.password).toBe(roles.get(migration.username));
    expect(databaseOwners.get(`wiz_${name}`)).toBe(migration.username);
    expect(Object.keys(env).filter((k) => /DATABASE_(MIGRATION_)?URL$/.test(k))).toEqual([
      'DATABASE_MIGRATION_URL',
      'DATABASE_URL',
    ]);
    // The init SQL runs from the mounted file on PostgreSQL's first start.
    expect(mounts(services.postgres)).toContainEqual({
      source: path.join(root, 'deploy/compose/database-roles.sql'),
      target: '/docker-entrypoint-initdb.d/database-roles.sql',
      mode: 'ro',
    });
  },
);

it.each(SERVICES)('%s signs in to NATS as its own user, with the password the NATS container gives it', (name) => {
  const env = services[name].environment as Record<string, string>;
  expect(env.NATS_USER).toBe(name);
  expect(env.NATS_PASSWORD).toBe(services.nats.environment[`NATS_${name.toUpperCase()}_PASSWORD`]);
});

it('NATS listens on every port it publishes (client and monitoring) and its health check asks the monitoring port', () => {
  const conf = readFileSync(path.join(root, 'deploy/compose/nats.conf'), 'utf8');
  const listeners = [...conf.matchAll(/^\s*(listen|http|port|http_port|monitor_port)\s*[:=]?\s*(\S+)\s*$/gm)].map((m) =>
    Number(m[2].split(':').pop()),
  );
  const ports = published(services.nats);
  expect(ports.map((p) => p.target).sort()).toEqual([4222, 8222]);
  for (const { target } of ports) expect(listeners).toContain(target);
  expect(mounts(services.nats)).toContainEqual({
    source: path.join(root, 'deploy/compose/nats.conf'),
    target: services.nats.command[1],
    mode: 'ro',
  });
  // The scratch-based nats image has no shell and no wget; the Alpine one has busybox's.
  expect(services.nats.image).toMatch(/^nats:[\d.]+-alpine$/);
  expect(services.nats.healthcheck.test).toEqual([
    'CMD',
    'wget',
    '-qO-',
    'http://127.0.0.1:8222/healthz?js-enabled-only=true',
  ]);
});

it('publishes PostgreSQL, Redis and NATS on the loopback only (Redis has no password)', () => {
  for (const name of ['postgres', 'redis', 'nats'])
    for (const port of published(services[name]))
      expect({ name, hostIp: port.hostIp }).toEqual({ name, hostIp: '127.0.0.1' });
});

describe('deploy/compose/dev-infra.yml: the servers npm start and npm test fall back to on a machine with Docker', () => {
  const devInfra = composeConfig('deploy/compose/dev-infra.yml').services;

  it('holds exactly PostgreSQL, Redis and NATS, on the loopback ports the default URLs name', () => {
    expect(Object.keys(devInfra).sort()).toEqual(['nats', 'postgres', 'redis']);
    const ports = Object.fromEntries(Object.entries(devInfra).map(([name, s]) => [name, published(s)]));
    expect(ports).toEqual({
      postgres: [{ hostIp: '127.0.0.1', published: 5432, target: 5432 }],
      redis: [{ hostIp: '127.0.0.1', published: 6379, target: 6379 }],
      nats: [{ hostIp: '127.0.0.1', published: 4222, target: 4222 }],
    });
  });

  it('lets the default DATABASE_URL (user postgres, no password) in and runs NATS with JetStream and no users', () => {
    expect(devInfra.postgres.environment).toEqual({ POSTGRES_HOST_AUTH_METHOD: 'trust' });
    expect(devInfra.nats.command).toContain('--jetstream');
    expect(devInfra.nats.command.join(' ')).not.toMatch(/-c |--config|--user|--auth/);
    for (const s of Object.values(devInfra)) expect(s.healthcheck?.test?.[0]).toBe('CMD');
  });

  it('is the file scripts/infra.mjs starts when a server is missing, not docker-compose.yml', () => {
    const infra = readFileSync(path.join(root, 'scripts/infra.mjs'), 'utf8');
    expect(infra).toContain("'../deploy/compose/dev-infra.yml'");
    expect(infra).toMatch(/docker compose -p \S+ -f \$\{DEV_INFRA\} up -d/);
    expect(infra).not.toMatch(/docker compose up/);
  });
});
