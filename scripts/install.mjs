// Installs the workspace's packages when they are missing or older than package-lock.json.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export function installIfNeeded() {
  const marker = 'node_modules/.package-lock.json';
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
  // npm install with the committed lockfile (see .ci/run for why not npm ci).
  console.log('[install] npm install');
  execSync('npm install --no-audit --no-fund', { stdio: 'inherit' });
}
