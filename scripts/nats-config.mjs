// npm run --silent nats:config [-- --stream WIZ --prefix ''] prints the nats-server authorization block: one user per
// service with the subjects it may publish and subscribe to, derived from the event catalog and its consumer table
// (libs/platform/src/messaging/nats-permissions.ts). Passwords stay out of it: `$NATS_<SERVICE>_PASSWORD` is read
// from the nats-server's environment.
// npm run nats:config -- --deploy writes it where the committed configurations use it: deploy/base/nats.yaml
// (ConfigMap nats-config, key authorization.conf) and deploy/compose/nats-authorization.conf (docker compose);
// deploy's tests fail when either differs from what this prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parseCommandLine } from './lib/cli.mjs';

const { values } = parseCommandLine({
  usage: `
usage: npm run --silent nats:config [-- --stream WIZ --prefix ''] [-- --deploy]

Prints the nats-server authorization block (a user per service with the subjects it may publish and subscribe to,
from the event catalog); passwords come from $NATS_<SERVICE>_PASSWORD in the server's environment.

options:
  --stream   the JetStream stream name (default WIZ)
  --prefix   the services' subject prefix (default empty)
  --deploy   write it into deploy/base/nats.yaml and deploy/compose/nats-authorization.conf instead of printing
  -h, --help   this text`,
  options: {
    stream: { type: 'string', default: 'WIZ' },
    prefix: { type: 'string', default: '' },
    deploy: { type: 'boolean', default: false },
  },
});
const root = new URL('..', import.meta.url);
// Always rebuilt (incremental): the permissions must follow the catalog as it is now, never a stale build.
execSync('npx tsc -b libs/platform/tsconfig.lib.json', { stdio: 'inherit', cwd: root });
const { renderNatsAuthorization } = await import(
  new URL('libs/platform/dist/messaging/nats-permissions.js', root).href
);
const block = renderNatsAuthorization({ stream: values.stream, subjectPrefix: values.prefix });

if (!values.deploy) {
  process.stdout.write(block);
} else {
  const file = new URL('deploy/base/nats.yaml', root);
  const yaml = readFileSync(file, 'utf8');
  // The key's literal block runs from its `|` line to the next line indented less than its content (4 spaces).
  const key = /^ {2}authorization\.conf: \|\n(?: {4}.*\n|\n)*/m;
  if (!key.test(yaml)) throw new Error('deploy/base/nats.yaml has no `  authorization.conf: |` key in nats-config');
  const indented = block
    .split('\n')
    .filter((line, i, all) => i < all.length - 1 || line)
    .map((line) => (line ? `    ${line}` : ''))
    .join('\n');
  writeFileSync(file, yaml.replace(key, `  authorization.conf: |\n${indented}\n`));
  writeFileSync(new URL('deploy/compose/nats-authorization.conf', root), block);
  console.error(
    'wrote deploy/base/nats.yaml (nats-config authorization.conf) and deploy/compose/nats-authorization.conf',
  );
}
