#!/usr/bin/env node
// npm run openapi: writes docs/openapi/<service>.json for all four services from their code. It runs the test that
// checks those documents (e2e/test/openapi-documents.spec.ts) in its writing mode, so the documents are made
// exactly the way the test compares them; no database, NATS or Redis is needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--help')) {
  console.log(
    'Usage: npm run openapi\nWrites docs/openapi/{intake,trajecten,werkgevers,subsidies}.json and lints them.',
  );
  process.exit(0);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jest = path.join(root, 'node_modules', '.bin', 'jest');
const written = spawnSync(jest, ['test/openapi-documents.spec.ts'], {
  cwd: path.join(root, 'e2e'),
  stdio: 'inherit',
  env: { ...process.env, OPENAPI_WRITE: '1' },
});
// Formatted as the repository formats JSON, so `npm run format:check` passes; the test compares parsed JSON.
const formatted = spawnSync(path.join(root, 'node_modules', '.bin', 'prettier'), ['--write', 'docs/openapi'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(written.status || formatted.status || 0);
