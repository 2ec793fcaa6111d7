import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { devIssuerPaths } from '../auth/dev-issuer-paths';

/**
 * A secret for development and tests only: 32 random bytes, base64, made on first use in `.dev/<name>` (git-ignored,
 * beside the development issuer) and the same on every later start, so codes derived from it stay stable.
 */
export function developmentSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const file = path.join(path.dirname(devIssuerPaths(env.WIZ_DEV_DIR).dir), name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      // Another instance starting at the same moment made it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
