import { errors, jwtVerify, type JWTPayload } from 'jose';
import { jwksKeySet } from '@wiz/platform';
import type { InwonersessieConfig } from '../inwonersessie-config';

/** The broker's ID token did not pass: forged, expired, for another client, or from another issuer. */
export class OngeldigIdToken extends Error {}

/**
 * Checks a DigiD broker's ID token: its signature with the broker's published keys and pinned asymmetric
 * algorithms, issuer, audience (the portaal as client) and expiry. Returns its claims; the BSN is among them.
 */
export class DigidVerifier {
  private keySet?: ReturnType<typeof jwksKeySet>;

  constructor(private readonly digid: InwonersessieConfig['digid']) {}

  async verifieer(idToken: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(idToken, this.keys(), {
        issuer: this.digid.issuer,
        audience: this.digid.audience,
        algorithms: this.digid.algorithms,
        requiredClaims: ['exp', 'iat'],
        clockTolerance: 30,
      });
      return payload;
    } catch (err) {
      if (err instanceof errors.JOSEError || err instanceof TypeError)
        throw new OngeldigIdToken(err instanceof errors.JWTExpired ? 'verlopen' : 'ongeldig');
      throw err;
    }
  }

  private keys() {
    return (this.keySet ??= jwksKeySet(this.digid.jwksUrl));
  }
}
