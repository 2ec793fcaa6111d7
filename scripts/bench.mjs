// npm run bench [-- --quick] [-- --only=intake,claim]: builds the services and runs the benchmark (bench/src/main.ts).
// --quick uses small sizes and only proves the benchmark still works; the targets are for the full run.
import { spawnSync } from 'node:child_process';
import { installIfNeeded } from './install.mjs';

process.env.NX_DAEMON ??= 'false';
installIfNeeded();
const { ensureInfrastructure } = await import('./infra.mjs');
await ensureInfrastructure();
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
if (run('npx', ['nx', 'run-many', '-t', 'build', '--outputStyle=static']) !== 0) process.exit(1);
process.exit(run(process.execPath, ['--expose-gc', '-r', '@swc-node/register', 'bench/src/main.ts', ...process.argv.slice(2)], { SWC_NODE_PROJECT: 'bench/tsconfig.json' }));
