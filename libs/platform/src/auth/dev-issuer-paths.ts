import * as path from 'node:path';

function devRoot(): string {
  return process.env.WIZ_DEV_DIR ?? path.resolve(__dirname, '../../../../.dev');
}

/** A development key pair's files under `.dev/<name>` (or WIZ_DEV_DIR): the private JWK and the public JWKS. */
export function devKeyPairPaths(name: string, root = devRoot()) {
  const dir = path.join(root, name);
  return { dir, privateKey: path.join(dir, 'private.jwk.json'), jwks: path.join(dir, 'jwks.json') };
}

/** Where the local development issuer keeps its key pair: `.dev/issuer` at the repository root (git-ignored). */
export function devIssuerPaths(root = devRoot()) {
  return devKeyPairPaths('issuer', root);
}

/**
 * Where the inwoner-session issuer keeps its key pair in development and tests: `.dev/inwoner-issuer`. Intake signs
 * inwoner tokens with the private key (INWONER_SESSIE_PRIVATE_JWK); every service reads the public JWKS
 * (AUTH_INWONER_JWKS_URL). A separate pair, so a staff issuer's key can never make an inwoner and the other way.
 */
export function devInwonerIssuerPaths(root = devRoot()) {
  return devKeyPairPaths('inwoner-issuer', root);
}
