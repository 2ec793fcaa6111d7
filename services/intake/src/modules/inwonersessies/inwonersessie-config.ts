import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  ConfigError,
  DEV_DIGID_AUDIENCE,
  DEV_DIGID_ISSUER,
  devInwonerIssuerPaths,
  devIssuerPaths,
} from '@wiz/platform';

const url = z.string().regex(/^(https?|file):\/\//, 'must be an http(s):// or file:// URL');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // The DigiD broker (an OIDC front for DigiD) whose ID tokens intake exchanges for an inwoner session.
  DIGID_ISSUER: z.string().min(1).default(DEV_DIGID_ISSUER),
  DIGID_JWKS_URL: url.optional(),
  DIGID_AUDIENCE: z.string().min(1).default(DEV_DIGID_AUDIENCE),
  // Where the BSN is in the ID token: a dotted path, or one claim whose name holds dots or colons
  // (urn:nl-eid-gdi:1.0:id:BSN), which is tried first.
  DIGID_BSN_CLAIM: z.string().min(1).default('bsn'),
  DIGID_ALGORITHMS: z
    .string()
    .default('RS256,ES256')
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA']))
        .min(1),
    ),
  // The file holding the private JWK (ES256) intake signs inwoner tokens with.
  INWONER_SESSIE_PRIVATE_JWK: z.string().min(1).optional(),
  WIZ_DEV_DIR: z.string().optional(),
});

export interface InwonersessieConfig {
  digid: { issuer: string; jwksUrl: string; audience: string; bsnClaim: string; algorithms: string[] };
  /** The private JWK's file; in development made on first start (with its jwks.json beside it). */
  privateJwkFile: string;
  /** Development and tests: the key pair may be made when it is missing. */
  maakSleutelAan: boolean;
}

/** The DigiD exchange's settings: production names the broker and the signing key; development has defaults. */
export function loadInwonersessieConfig(env: NodeJS.ProcessEnv): InwonersessieConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new ConfigError(
      'intake',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const problems = [
    ...(production && !e.DIGID_JWKS_URL ? ["DIGID_JWKS_URL: required in production (the DigiD broker's JWKS)"] : []),
    ...(production && !e.INWONER_SESSIE_PRIVATE_JWK
      ? ['INWONER_SESSIE_PRIVATE_JWK: required in production (the file of the inwoner-session signing key)']
      : []),
  ];
  if (problems.length) throw new ConfigError('intake', problems);
  return {
    digid: {
      issuer: e.DIGID_ISSUER,
      jwksUrl: e.DIGID_JWKS_URL ?? pathToFileURL(devIssuerPaths(e.WIZ_DEV_DIR).jwks).toString(),
      audience: e.DIGID_AUDIENCE,
      bsnClaim: e.DIGID_BSN_CLAIM,
      algorithms: e.DIGID_ALGORITHMS,
    },
    privateJwkFile: e.INWONER_SESSIE_PRIVATE_JWK ?? devInwonerIssuerPaths(e.WIZ_DEV_DIR).privateKey,
    maakSleutelAan: !production,
  };
}
