import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The portaal's API types (src/api/generated/<service>.ts) are what openapi-typescript makes of the committed
 * documents (docs/openapi/<service>.json): `npm run api-types -- --check` regenerates them in memory and compares.
 * A service that changes an operation runs `npm run openapi && npm run api-types`, and the compiler then points at
 * every page the change touches.
 */
it('src/api/generated is what `npm run api-types` makes of docs/openapi', () => {
  const root = path.resolve(__dirname, '../../..');
  const check = spawnSync(process.execPath, ['scripts/api-types.mjs', '--check'], { cwd: root, encoding: 'utf8' });
  expect(check.stderr).toBe('');
  expect(check.status).toBe(0);
});
