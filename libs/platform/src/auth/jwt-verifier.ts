import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify, JWTPayload } from 'jose';
import { DEFAULT_TOKEN_LIMITS, PlatformConfig } from '../config/platform-config';
import { INWONER_ALGORITHMS } from './inwoner-token';
import { isRole, Principal } from './principal';

export class InvalidTokenError extends Error {}

/** What the verifier needs: the platform's auth settings; the token limits default for callers outside a service. */
export type VerifierSettings = Omit<PlatformConfig['auth'], keyof typeof DEFAULT_TOKEN_LIMITS> &
  Partial<typeof DEFAULT_TOKEN_LIMITS>;

type KeySet = ReturnType<typeof createLocalJWKSet>;

/** Verified tokens remembered (by their exact text) until they expire; the oldest go first beyond this many. */
const REMEMBERED_TOKENS = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies bearer tokens against the issuer's JWKS. Two issuers are trusted: the staff OIDC provider and intake's
 * inwoner sessions. The token's unverified `iss` only chooses which issuer's keys, algorithms and claim rules apply;
 * the token is then verified in full against that issuer alone, so naming the other issuer gains nothing. Algorithms are pinned by configuration (asymmetric only),
 * so `alg: none` and HMAC-with-the-public-key confusion are refused before any key is used. A client sends the
 * same token with every request until it expires, and the signature check is the costly part of a small
 * request, so a token that passed is remembered until its `exp`; a failure is never remembered.
 */
export class JwtVerifier {
  private keySet?: KeySet;
  private inwonerKeySet?: KeySet;
  private readonly verified = new Map<string, { principal: Principal; expiresAtMs: number }>();

  private readonly limits: typeof DEFAULT_TOKEN_LIMITS;

  constructor(private readonly auth: VerifierSettings) {
    this.limits = {
      maxTokenAgeSeconds: auth.maxTokenAgeSeconds ?? DEFAULT_TOKEN_LIMITS.maxTokenAgeSeconds,
      clockSkewSeconds: auth.clockSkewSeconds ?? DEFAULT_TOKEN_LIMITS.clockSkewSeconds,
    };
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known && Date.now() < known.expiresAtMs) return known.principal;
    if (known) this.verified.delete(token);
    return this.verifySignatureAndClaims(token);
  }

  private async verifySignatureAndClaims(token: string): Promise<Principal> {
    let payload: JWTPayload;
    let inwoner: boolean;
    try {
      inwoner = decodeJwt(token).iss === this.auth.inwoner.issuer;
      ({ payload } = await jwtVerify(token, inwoner ? this.inwonerKeys() : this.keys(), {
        issuer: inwoner ? this.auth.inwoner.issuer : this.auth.issuer,
        audience: this.auth.audience,
        algorithms: inwoner ? INWONER_ALGORITHMS : this.auth.algorithms,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: this.limits.clockSkewSeconds,
      }));
    } catch (err) {
      if (err instanceof errors.JOSEError || err instanceof TypeError) throw new InvalidTokenError(describe(err));
      throw err;
    }
    this.checkLifetime(payload.iat!, payload.exp!);
    const principal = inwoner ? this.toInwonerPrincipal(payload) : this.toPrincipal(payload);
    this.remember(token, principal, payload.exp! * 1000);
    return principal;
  }

  private checkLifetime(issuedAt: number, expiresAt: number): void {
    if (issuedAt > Date.now() / 1000 + this.limits.clockSkewSeconds)
      throw new InvalidTokenError('token issued in the future');
    if (expiresAt - issuedAt > this.limits.maxTokenAgeSeconds) {
      throw new InvalidTokenError(`token lifetime exceeds ${this.limits.maxTokenAgeSeconds} seconds`);
    }
  }

  private remember(token: string, principal: Principal, expiresAtMs: number): void {
    if (this.verified.size >= REMEMBERED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { principal, expiresAtMs });
  }

  private toPrincipal(payload: JWTPayload): Principal {
    const roles = claim(payload, this.auth.rolesClaim);
    const organisatie = claim(payload, this.auth.organisationClaim);
    if (!Array.isArray(roles)) throw new InvalidTokenError(`token has no ${this.auth.rolesClaim} claim`);
    if (typeof organisatie !== 'string' || !organisatie)
      throw new InvalidTokenError(`token has no ${this.auth.organisationClaim} claim`);
    const team = payload.team;
    return {
      subject: String(payload.sub),
      // Being an inwoner comes only from intake's exchange: a staff token claiming it does not make one.
      roles: roles.filter((r) => isRole(r) && r !== 'inwoner'),
      organisatie,
      // Optional: a caller without a (non-empty) team is in no team, so reads that need one find nothing.
      ...(typeof team === 'string' && team ? { team } : {}),
      ...naam(payload),
      expiresAt: new Date(payload.exp! * 1000),
    };
  }

  /** The person themself: role inwoner from the issuer alone (any roles claim ignored), their id from the token. */
  private toInwonerPrincipal(payload: JWTPayload): Principal {
    const { inwonerId, organisatie } = payload;
    if (typeof inwonerId !== 'string' || !UUID.test(inwonerId))
      throw new InvalidTokenError('inwoner token has no inwonerId claim');
    if (payload.sub !== inwonerId) throw new InvalidTokenError('inwoner token sub is not its inwonerId');
    if (typeof organisatie !== 'string' || !organisatie)
      throw new InvalidTokenError('inwoner token has no organisatie claim');
    return {
      subject: inwonerId,
      roles: ['inwoner'],
      organisatie,
      inwonerId,
      ...naam(payload),
      expiresAt: new Date(payload.exp! * 1000),
    };
  }

  private keys(): KeySet {
    return (this.keySet ??= jwksKeySet(this.auth.jwksUrl));
  }

  private inwonerKeys(): KeySet {
    return (this.inwonerKeySet ??= jwksKeySet(this.auth.inwoner.jwksUrl));
  }
}

/** An issuer's keys: a JWKS file (development, tests) or its URL, fetched and cached (also for intake's DigiD check). */
export function jwksKeySet(jwksUrl: string): KeySet {
  const url = new URL(jwksUrl);
  return url.protocol === 'file:'
    ? createLocalJWKSet(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')))
    : createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
}

/** The display name from the `name` claim, when the token has one. */
function naam(payload: JWTPayload): { naam?: string } {
  return typeof payload.name === 'string' && payload.name ? { naam: payload.name } : {};
}

/** Reads a claim by dotted path, so Keycloak's `realm_access.roles` works as well as a flat `roles`. */
function claim(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), payload);
}

function describe(err: Error): string {
  if (err instanceof errors.JWTExpired) return 'token expired';
  if (err instanceof errors.JOSEAlgNotAllowed) return 'token algorithm not allowed';
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'token signature invalid';
  if (err instanceof errors.JWKSNoMatchingKey) return 'token signed by an unknown key';
  if (err instanceof errors.JWTClaimValidationFailed) return `token claim ${err.claim} invalid`;
  return 'token invalid';
}
