// Installs the workspace's packages exactly as package-lock.json lists them (npm ci) when they are missing or older
// than the lockfile, and makes sure the script runs on Node 24 (scripts/lib/node-runtime.mjs).
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { continueOnPackagedNode, describeRuntime, onRequiredNode } from './lib/node-runtime.mjs';

function installPackages() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  console.log('[install] npm ci');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}

export function installIfNeeded() {
  installPackages();
  console.log(`[node] ${describeRuntime()}`);
}

// Started on an older Node (a fresh clone on a machine with Node 20 has no node_modules/.bin/node yet): install, then
// run the importing script again on Node 24. Awaiting here keeps the importing script from going on on the old Node.
if (!onRequiredNode()) {
  installPackages();
  await continueOnPackagedNode();
}
