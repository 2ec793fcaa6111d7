import { importJWK, JWK, SignJWT } from 'jose';

/** The inwoner-session issuer's name by default (AUTH_INWONER_ISSUER): intake's DigiD exchange. */
export const INWONER_ISSUER = 'wiz-inwonersessies';

/**
 * The one algorithm an inwoner token may use: we mint them ourselves (intake), so nothing else is ever needed and
 * no configuration can widen it.
 */
export const INWONER_ALGORITHMS = ['ES256'];

export interface InwonerTokenRequest {
  inwonerId: string;
  /** The inwoner's gemeentecode (their principal's organisatie). */
  gemeentecode: string;
  /** Display name, "Voornaam Achternaam". */
  naam?: string;
  issuer?: string;
  audience: string;
  /** jose duration, such as '15m'. */
  expiresIn?: string;
}

/**
 * Signs an inwoner token: sub and inwonerId are the person's id, organisatie their gemeentecode, no roles claim (the
 * verifier gives the role inwoner from the issuer alone). Used by intake's exchange and by tests.
 */
export async function signInwonerToken(privateJwk: JWK, req: InwonerTokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  return new SignJWT({
    inwonerId: req.inwonerId,
    organisatie: req.gemeentecode,
    ...(req.naam ? { name: req.naam } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(req.inwonerId)
    .setIssuer(req.issuer ?? INWONER_ISSUER)
    .setAudience(req.audience)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '15m')
    .sign(key);
}
