import * as path from 'node:path';

/** Where the local development issuer keeps its key pair: `.dev/issuer` at the repository root (git-ignored). */
export function devIssuerPaths(root = process.env.WIZ_DEV_DIR ?? path.resolve(__dirname, '../../../../.dev')) {
  const dir = path.join(root, 'issuer');
  return { dir, privateKey: path.join(dir, 'private.jwk.json'), jwks: path.join(dir, 'jwks.json') };
}
