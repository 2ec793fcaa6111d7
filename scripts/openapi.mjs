#!/usr/bin/env node
// npm run openapi: writes docs/openapi/<service>.json for all four services from their code. It runs the test that
// checks those documents (e2e/test/openapi-documents.spec.ts) in its writing mode, so the documents are made
// exactly the way the test compares them; no database, NATS or Redis is needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './lib/cli.mjs';

parseCommandLine({
  usage: `
usage: npm run openapi

Writes docs/openapi/{intake,trajecten,werkgevers,subsidies}.json from the services' code and lints each with the
NL API Design Rules; e2e/test/openapi-documents.spec.ts fails when a committed document is stale.

options:
  -h, --help   this text`,
});

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const written = spawnSync(bin('jest'), ['test/openapi-documents.spec.ts'], {
  cwd: path.join(root, 'e2e'),
  stdio: 'inherit',
  env: { ...process.env, OPENAPI_WRITE: '1' },
});
// Formatted as the repository formats JSON, so `npm run format:check` passes; the test compares parsed JSON.
const formatted = spawnSync(bin('prettier'), ['--write', 'docs/openapi'], { cwd: root, stdio: 'inherit' });
process.exit(written.status || formatted.status || 0);
