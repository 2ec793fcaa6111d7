import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, JWK } from 'jose';
import { devIssuerPaths } from './dev-issuer-paths';
import type { Role } from './principal';

export const DEV_ISSUER = 'wiz-dev-issuer';
export const DEV_AUDIENCE = 'wiz';

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
  expiresIn?: string;
  issuer?: string;
  audience?: string;
}

export async function mintToken(privateJwk: JWK, req: TokenRequest): Promise<string> {
  const key = await importJWK(privateJwk, 'ES256');
  const roles = Array.isArray(req.role) ? req.role : [req.role];
  return new SignJWT({ roles, organisatie: req.organisatie, ...(req.team ? { team: req.team } : {}) })
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
