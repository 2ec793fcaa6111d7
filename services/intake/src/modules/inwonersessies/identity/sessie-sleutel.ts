import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { JWK } from 'jose';
import { ensureDevIssuer } from '@wiz/platform';
import type { InwonersessieConfig } from '../inwonersessie-config';

/** The inwoner-session signing key: the private JWK intake signs with and its public half for the JWKS. */
export interface SessieSleutel {
  prive: JWK;
  jwks: { keys: JWK[] };
}

/**
 * Reads the signing key from INWONER_SESSIE_PRIVATE_JWK. Outside production a missing one is made, with its
 * jwks.json beside it (the services' default AUTH_INWONER_JWKS_URL), by the development issuer's own code.
 */
export async function laadSessieSleutel(config: InwonersessieConfig): Promise<SessieSleutel> {
  if (config.maakSleutelAan) {
    const dir = path.dirname(config.privateJwkFile);
    await ensureDevIssuer({ dir, privateKey: config.privateJwkFile, jwks: path.join(dir, 'jwks.json') });
  }
  const prive = JSON.parse(readFileSync(config.privateJwkFile, 'utf8')) as JWK;
  if (prive.kty !== 'EC' || prive.crv !== 'P-256' || !prive.d)
    throw new Error('INWONER_SESSIE_PRIVATE_JWK: must be a private EC P-256 JWK (ES256)');
  const { kty, crv, x, y, kid } = prive;
  return { prive, jwks: { keys: [{ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' }] } };
}
