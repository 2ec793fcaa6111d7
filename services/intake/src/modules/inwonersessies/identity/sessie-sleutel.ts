import type { JWK } from 'jose';
import { loadEs256SigningKey } from '@wiz/platform';
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
  const prive = await loadEs256SigningKey(config.privateJwkFile, 'INWONER_SESSIE_PRIVATE_JWK', config.maakSleutelAan);
  const { kty, crv, x, y, kid } = prive;
  return { prive, jwks: { keys: [{ kty, crv, x, y, kid, alg: 'ES256', use: 'sig' }] } };
}
