// npm test: the whole suite. Installs what is missing, makes sure PostgreSQL, Redis and NATS run, checks types
// and module boundaries, lints (ESLint, cached by Nx), runs every project's jest suite (Nx), and ends with one line
// `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { installIfNeeded } from './install.mjs';
import { parseCommandLine } from './lib/cli.mjs';
import { loadEnvFile } from './lib/env-file.mjs';

const { positionals: jestArguments } = parseCommandLine({
  usage: `
usage: npm test [-- -- JEST-ARGUMENTS…]

The whole suite: installs what is missing, makes sure PostgreSQL, Redis and NATS run, builds and typechecks every
project, checks module boundaries, lints every project (ESLint), runs every project's jest suite (Nx) and ends with
"N passed, N failed".
Reads .env (the environment wins). What follows a second -- goes to every project's jest, for example
npm test -- -- --testNamePattern redaction. One project: npx nx test @wiz/platform.

options:
  -h, --help   this text`,
  allowPositionals: true,
});
loadEnvFile();

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
step('lint', 'npm run --silent lint');
rmSync('reports/jest', { recursive: true, force: true });
mkdirSync('reports/jest', { recursive: true });
const extra = jestArguments.join(' ');
// A run that hangs must still end with its line: coreutils timeout stops the whole process group of the test step
// after TEST_DEADLINE_MINUTES (what CI can afford), and a project that left no report is counted as failed below.
const deadlineMinutes = Number(process.env.TEST_DEADLINE_MINUTES ?? 45);
step(
  'tests',
  `timeout --kill-after=30s ${deadlineMinutes}m npx nx run-many -t test --outputStyle=stream --parallel=${process.env.TEST_PARALLEL ?? 2} ${extra ? `-- ${extra}` : ''}`,
);

let passed = 0;
let failed = 0;
// CI keeps only the start and the end of a long log: the names of what failed are printed again at the end.
const failures = [];
for (const file of readdirSync('reports/jest')) {
  const r = JSON.parse(readFileSync(`reports/jest/${file}`, 'utf8'));
  passed += r.numPassedTests;
  failed +=
    r.numFailedTests + r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
  failures.push(...failedTests(r));
}
if (failures.length > 0) console.log(`\nfailed:\n${failures.join('\n')}`);
const reported = new Set(readdirSync('reports/jest').map((file) => file.replace(/\.json$/, '')));
const silent = projectsWithTests().filter((project) => !reported.has(project));
if (silent.length > 0)
  console.log(`\nno test report from ${silent.join(', ')}: timed out or crashed, counted as failed`);
failed += silent.length;
for (const c of checks) if (!c.ok && c.name !== 'tests') failed += 1;
const testsFailedToRun = checks.find((c) => c.name === 'tests' && !c.ok) && failed === 0;
if (testsFailedToRun) failed += 1;
console.log(`\n${checks.map((c) => `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`).join('\n')}`);
console.log(`tests ran on node ${process.version} (${process.execPath})`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.every((c) => c.ok) ? 0 : 1);

/** One line per failed test (or per suite that failed before its tests ran), with the first line of its error. */
function failedTests(report) {
  const firstLine = (message) =>
    stripVTControlCharacters(message ?? '')
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim()
      .slice(0, 200) ?? '';
  return report.testResults.flatMap((suite) => {
    const file = suite.name.replace(`${process.cwd()}/`, '');
    const tests = suite.assertionResults.filter((test) => test.status === 'failed');
    if (suite.status === 'failed' && tests.length === 0) return [`  ${file}: ${firstLine(suite.message)}`];
    return tests.map((test) => `  ${file} › ${test.fullName}: ${firstLine(test.failureMessages[0])}`);
  });
}

/** Each project's report is named after its package without the scope (reports/jest/<name>.json). */
function projectsWithTests() {
  const out = spawnSync('npx', ['nx', 'show', 'projects', '--with-target', 'test', '--json'], { encoding: 'utf8' });
  return JSON.parse(out.stdout).map((project) => project.replace(/^@wiz\//, ''));
}
