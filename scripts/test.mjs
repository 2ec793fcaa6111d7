// npm test: the whole suite. Installs what is missing, makes sure PostgreSQL, Redis and NATS run, checks types
// and module boundaries, runs every project's jest suite (Nx), and ends with one line `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { installIfNeeded } from './install.mjs';

process.env.NX_DAEMON ??= 'false';
installIfNeeded();
const { ensureInfrastructure } = await import('./infra.mjs');
await ensureInfrastructure();

const checks = [];
const step = (name, cmd) => {
  console.log(`\n=== ${name}: ${cmd}`);
  const ok = spawnSync(cmd, { stdio: 'inherit', shell: '/bin/bash' }).status === 0;
  checks.push({ name, ok });
  return ok;
};

step('build and typecheck', 'npx nx run-many -t build typecheck --outputStyle=static');
step('module boundaries', 'npx depcruise libs services apps --config .dependency-cruiser.cjs --output-type err');
rmSync('reports/jest', { recursive: true, force: true });
mkdirSync('reports/jest', { recursive: true });
const extra = process.argv.slice(2).join(' ');
step('tests', `npx nx run-many -t test --outputStyle=stream --parallel=${process.env.TEST_PARALLEL ?? 2} ${extra ? `-- ${extra}` : ''}`);

let passed = 0;
let failed = 0;
for (const file of readdirSync('reports/jest')) {
  const r = JSON.parse(readFileSync(`reports/jest/${file}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
}
for (const c of checks) if (!c.ok && c.name !== 'tests') failed += 1;
const testsFailedToRun = checks.find((c) => c.name === 'tests' && !c.ok) && failed === 0;
if (testsFailedToRun) failed += 1;
console.log(`\n${checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.every((c) => c.ok) ? 0 : 1);
