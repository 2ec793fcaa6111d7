import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, JWK } from 'jose';
import { devIssuerPaths } from './dev-issuer-paths';
import type { Role } from './principal';

export const DEV_ISSUER = 'wiz-dev-issuer';
export const DEV_AUDIENCE = 'wiz';
/** The development DigiD broker: its ID tokens are signed with the dev issuer's key, for intake's exchange. */
export const DEV_DIGID_ISSUER = 'wiz-dev-digid';
/** The client the broker's ID tokens are for: the portaal (intake's DIGID_AUDIENCE). */
export const DEV_DIGID_AUDIENCE = 'wiz-portaal';

/**
 * The local development issuer: an ES256 key pair made on first start under .dev/issuer (git-ignored). Services
 * read its public JWKS as they would a real OIDC provider's; `npm run token` signs with its private key.
 */
export async function ensureDevIssuer(paths = devIssuerPaths()): Promise<typeof paths> {
  if (existsSync(paths.privateKey) && existsSync(paths.jwks)) return paths;
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const priv = { ...(await exportJWK(privateKey)), kid, alg: 'ES256', use: 'sig' };
  const pub = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  writeFileSync(paths.privateKey, JSON.stringify(priv), { mode: 0o600 });
  writeFileSync(paths.jwks, JSON.stringify({ keys: [pub] }));
  return paths;
}

export interface TokenRequest {
  role: Role | Role[];
  organisatie: string;
  team?: string;
  subject?: string;
  /** The display name (the `name` claim, as an OIDC provider gives it): audit rows and "wie bekeek" show it. */
  naam?: string;
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

export async function mintToken(privateJwk: JWK, req: TokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  const roles = Array.isArray(req.role) ? req.role : [req.role];
  return new SignJWT({
    roles,
    organisatie: req.organisatie,
    ...(req.team ? { team: req.team } : {}),
    ...(req.naam ? { name: req.naam } : {}),
  })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(req.subject ?? `dev-${Array.isArray(req.role) ? req.role.join('-') : req.role}`)
    .setIssuer(req.issuer ?? DEV_ISSUER)
    .setAudience(req.audience ?? DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '8h')
    .sign(key);
}

export async function mintDevToken(req: TokenRequest, paths = devIssuerPaths()): Promise<string> {
  await ensureDevIssuer(paths);
  return mintToken(JSON.parse(readFileSync(paths.privateKey, 'utf8')), req);
}

export interface DigidTokenRequest {
  bsn: string;
  /** The broker's pseudonymous subject; default derived from nothing personal. */
  subject?: string;
  issuer?: string;
  audience?: string;
  expiresIn?: string;
  /** Where the BSN goes: a top-level claim of this exact name (a broker may use `urn:nl-eid-gdi:1.0:id:BSN`). */
  bsnClaim?: string;
}

/**
 * A DigiD-like ID token as a broker (an OIDC front for DigiD) hands the portaal after login: the BSN in a claim, for
 * intake's POST /api/v1/inwonersessies. Development and tests only; production gets these from the real broker.
 */
export async function mintDigidToken(privateJwk: JWK, req: DigidTokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  return new SignJWT({ [req.bsnClaim ?? 'bsn']: req.bsn })
    .setProtectedHeader({ alg: 'ES256', kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(req.subject ?? `digid-${randomUUID()}`)
    .setIssuer(req.issuer ?? DEV_DIGID_ISSUER)
    .setAudience(req.audience ?? DEV_DIGID_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(req.expiresIn ?? '5m')
    .sign(key);
}

export async function mintDevDigidToken(req: DigidTokenRequest, paths = devIssuerPaths()): Promise<string> {
  await ensureDevIssuer(paths);
  return mintDigidToken(JSON.parse(readFileSync(paths.privateKey, 'utf8')), req);
}
