// Makes sure PostgreSQL, Redis and NATS (JetStream) are reachable: uses what runs, starts the machine's own
// servers when they are installed but stopped, falls back to `docker compose`, and otherwise says what to install.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './lib/cli.mjs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const DEV_INFRA = fileURLToPath(new URL('../deploy/compose/dev-infra.yml', import.meta.url));
const run = (cmd) => execSync(cmd, { stdio: 'inherit', shell: '/bin/bash' });

function hostPort(url, fallbackPort) {
  const u = new URL(url);
  return { host: u.hostname === 'localhost' ? '127.0.0.1' : u.hostname, port: Number(u.port || fallbackPort) };
}

export function reachable({ host, port }, timeoutMs = 1_000) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function waitFor(target, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(target)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

const SERVICES = [
  {
    name: 'PostgreSQL',
    target: () => hostPort(process.env.DATABASE_URL ?? 'postgres://127.0.0.1:5432', 5432),
    canStart: () => has('pg_ctlcluster') && existsSync('/etc/postgresql'),
    start: () => {
      for (const version of readdirSync('/etc/postgresql'))
        run(`pg_ctlcluster --skip-systemctl-redirect ${version} main start || true`);
    },
    install: 'apt-get install postgresql (or docker compose -f deploy/compose/dev-infra.yml up -d)',
  },
  {
    name: 'Redis',
    target: () => hostPort(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', 6379),
    canStart: () => has('redis-server'),
    start: () => {
      mkdirSync('/var/lib/redis', { recursive: true });
      run('redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --dir /var/lib/redis --appendonly no --save ""');
    },
    install: 'apt-get install redis-server (or docker compose -f deploy/compose/dev-infra.yml up -d)',
  },
  {
    name: 'NATS',
    target: () => hostPort((process.env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',')[0], 4222),
    canStart: () => has('nats-server'),
    start: () => {
      mkdirSync('/var/lib/nats-server', { recursive: true });
      const bin = execSync('command -v nats-server', { shell: '/bin/bash' }).toString().trim();
      run(
        `start-stop-daemon --start --oknodo --background --exec ${bin} -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log ` +
          `|| (cd / && nohup ${bin} -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server > /tmp/nats-server.log 2>&1 &)`,
      );
    },
    install: 'apt-get install nats-server (or docker compose -f deploy/compose/dev-infra.yml up -d)',
  },
];

function dockerComposeWorks() {
  return (
    has('docker') &&
    spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0 &&
    spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0
  );
}

export async function ensureInfrastructure() {
  const missing = [];
  for (const service of SERVICES) {
    const target = service.target();
    if (await reachable(target)) continue;
    if (service.canStart()) {
      console.log(`[infra] ${service.name} not reachable on ${target.host}:${target.port}; starting the machine's own`);
      try {
        service.start();
      } catch (err) {
        console.log(`[infra] starting ${service.name} failed: ${err.message}`);
      }
      if (await waitFor(target, 20)) continue;
    }
    missing.push(service);
  }
  if (missing.length && dockerComposeWorks()) {
    // Not docker-compose.yml's servers: those require the passwords and NATS users of the containerised system.
    console.log('[infra] starting with docker compose: deploy/compose/dev-infra.yml (postgres redis nats)');
    run(`docker compose -p werk-in-zicht-dev -f ${DEV_INFRA} up -d`);
    for (const s of [...missing]) if (await waitFor(s.target(), 60)) missing.splice(missing.indexOf(s), 1);
  }
  if (missing.length) {
    const lines = missing.map((s) => `  - ${s.name} on ${s.target().host}:${s.target().port}: ${s.install}`);
    throw new Error(`Not reachable and could not be started:\n${lines.join('\n')}`);
  }
  console.log('[infra] PostgreSQL, Redis and NATS are reachable');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  parseCommandLine({
    usage: `
usage: node scripts/infra.mjs

Makes sure PostgreSQL, Redis and NATS (JetStream) are reachable on DATABASE_URL, REDIS_URL and NATS_URL (default
their standard loopback ports): uses what runs, starts the machine's own servers when installed but stopped, falls
back to docker compose, and otherwise says what to install (exit 1). npm start and npm test do this themselves.

options:
  -h, --help   this text`,
  });
  ensureInfrastructure().catch((err) => {
    console.error(`[infra] ${err.message}`);
    process.exit(1);
  });
}
