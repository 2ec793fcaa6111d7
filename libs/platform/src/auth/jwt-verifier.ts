import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, JWTPayload } from 'jose';
import { DEFAULT_TOKEN_LIMITS, PlatformConfig } from '../config/platform-config';
import { isRole, Principal } from './principal';

export class InvalidTokenError extends Error {}

/** What the verifier needs: the platform's auth settings; the token limits default for callers outside a service. */
export type VerifierSettings = Omit<PlatformConfig['auth'], keyof typeof DEFAULT_TOKEN_LIMITS> &
  Partial<typeof DEFAULT_TOKEN_LIMITS>;

type KeySet = ReturnType<typeof createLocalJWKSet>;

/** Verified tokens remembered (by their exact text) until they expire; the oldest go first beyond this many. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies bearer tokens against the issuer's JWKS. Algorithms are pinned by configuration (asymmetric only),
 * so `alg: none` and HMAC-with-the-public-key confusion are refused before any key is used. A client sends the
 * same token with every request until it expires, and the signature check is the costly part of a small
 * request, so a token that passed is remembered until its `exp`; a failure is never remembered.
 */
export class JwtVerifier {
  private keySet?: KeySet;
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
    try {
      ({ payload } = await jwtVerify(token, this.keys(), {
        issuer: this.auth.issuer,
        audience: this.auth.audience,
        algorithms: this.auth.algorithms,
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: this.limits.clockSkewSeconds,
      }));
    } catch (err) {
      if (err instanceof errors.JOSEError || err instanceof TypeError) throw new InvalidTokenError(describe(err));
      throw err;
    }
    this.checkLifetime(payload.iat!, payload.exp!);
    const principal = this.toPrincipal(payload);
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
      roles: roles.filter(isRole),
      organisatie,
      // Optional: a caller without a (non-empty) team is in no team, so reads that need one find nothing.
      ...(typeof team === 'string' && team ? { team } : {}),
      expiresAt: new Date(payload.exp! * 1000),
    };
  }

  private keys(): KeySet {
    if (!this.keySet) {
      const url = new URL(this.auth.jwksUrl);
      this.keySet =
        url.protocol === 'file:'
          ? createLocalJWKSet(JSON.parse(readFileSync(fileURLToPath(url), 'utf8')))
          : createRemoteJWKSet(url, { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
    }
    return this.keySet;
  }
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
