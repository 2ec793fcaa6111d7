// npm run bench [-- --quick] [-- --only=intake,claim]: builds the services and runs the benchmark (bench/src/main.ts);
// npm run bench -- --compare=DIR: this checkout's intake against DIR's, side by side (bench/src/compare-intake.ts).
// --quick uses small sizes and only proves the benchmark still works; the targets are for the full run.
import { spawnSync } from 'node:child_process';
import { parseCommandLine } from './lib/cli.mjs';
import { loadEnvFile } from './lib/env-file.mjs';
import { installIfNeeded } from './install.mjs';

const { values: options } = parseCommandLine({
  usage: `
usage: npm run bench [-- --quick] [-- --only=SECTION,…]
       npm run bench -- --compare=DIR [--rounds=N]

Builds the services and measures them (bench/src/main.ts): each section seeds its own data in a run of its own,
prints a table and writes bench/results/latest.json (--quick: quick.json). See README "Benchmark".

options:
  --quick         small sizes: proves the benchmark still works (CI); the targets are not judged
  --only=a,b      only these sections; the others keep their figures in the results (a wrong name lists them)
  --compare=DIR   instead: this checkout's intake against the one built in DIR (another checkout, built), both
                  running at once, in alternating 2 s rounds (--rounds, default 10); prints both and their ratios
  -h, --help      this text`,
  options: {
    quick: { type: 'boolean' },
    only: { type: 'string' },
    compare: { type: 'string' },
    rounds: { type: 'string' },
  },
});
loadEnvFile();
process.env.NX_DAEMON ??= 'false';
installIfNeeded();
const { ensureInfrastructure } = await import('./infra.mjs');
await ensureInfrastructure();
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']) !== 0) process.exit(1);
const entry = options.compare ? 'bench/src/compare-intake.ts' : 'bench/src/main.ts';
process.exit(
  run(process.execPath, ['--expose-gc', '-r', '@swc-node/register', entry, ...process.argv.slice(2)], {
    SWC_NODE_PROJECT: 'bench/tsconfig.json',
  }),
);
