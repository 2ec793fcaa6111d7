// npm start's own NATS: the same service users and subject permissions as docker compose and deploy/
// (deploy/compose/nats-authorization.conf, generated from the event catalog by `npm run nats:config`), so the bus
// is not open to every process on the machine while the system runs locally. It listens on loopback only, keeps its
// JetStream data under .dev/nats, and uses the development passwords `wiz-<service>` that start.mjs gives each
// service. The machine's shared NATS on 4222 (used by the tests) is left as it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const LOCAL_NATS_PORT = Number(process.env.LOCAL_NATS_PORT ?? 4223);
const SERVICES = ['intake', 'trajecten', 'werkgevers', 'subsidies'];

/** The development password of a service's NATS user (the same as docker-compose.yml's). */
export const developmentNatsPassword = (service) => `wiz-${service}`;

/** Where nats-server is, or undefined when it is not installed. */
export function natsServerBinary() {
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Writes the server's configuration under .dev/nats and returns how to run it. */
export function localNatsServer(root, binary) {
  const dir = path.join(root, '.dev', 'nats');
  mkdirSync(path.join(dir, 'data'), { recursive: true });
  const conf = path.join(dir, 'nats.conf');
  writeFileSync(
    conf,
    [
      '# Written by npm start (scripts/lib/local-nats.mjs); changes are overwritten.',
      `listen: 127.0.0.1:${LOCAL_NATS_PORT}`,
      `jetstream { store_dir: ${JSON.stringify(path.join(dir, 'data'))} }`,
      // nats-server reads an include relative to the file that includes it.
      `include ${JSON.stringify(path.relative(dir, path.join(root, 'deploy', 'compose', 'nats-authorization.conf')))}`,
      '',
    ].join('\n'),
  );
  const passwords = Object.fromEntries(
    SERVICES.map((s) => [`NATS_${s.toUpperCase()}_PASSWORD`, developmentNatsPassword(s)]),
  );
  return {
    command: binary,
    args: ['-c', conf],
    env: { ...process.env, ...passwords },
    url: `nats://127.0.0.1:${LOCAL_NATS_PORT}`,
  };
}
