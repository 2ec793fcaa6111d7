import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { JWK } from 'jose';
import { ensureDevIssuer } from './dev-issuer';

/**
 * A service's own ES256 signing key, from the private-JWK file its setting names (intake's inwoner sessions,
 * trajecten's credentials). Outside production a missing one is made, with its jwks.json beside it, by the
 * development issuer's own key generation. A file that holds no private P-256 key stops the service at start.
 */
export async function loadEs256SigningKey(file: string, setting: string, makeWhenMissing: boolean): Promise<JWK> {
  if (makeWhenMissing) {
    const dir = path.dirname(file);
    await ensureDevIssuer({ dir, privateKey: file, jwks: path.join(dir, 'jwks.json') });
  }
  const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.d)
    throw new Error(`${setting}: must be a private EC P-256 JWK (ES256)`);
  return jwk;
}
