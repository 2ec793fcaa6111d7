import { z } from 'zod';
import { ConfigError, devKeyPairPaths } from '@wiz/platform';
import { isIsoDuration } from '@wiz/contracts';

const duur = z.string().refine(isIsoDuration, 'must be an ISO-8601 duration such as P6M or PT5S');

const schema = z.object({
  DUURZAAMHEIDSCHECK_NA: duur.default('P6M'),
  CONTACTMOMENT_INTERVAL: duur.default('P4W'),
  STILSTAND_NA: duur.default('P8W'),
  OPVOLGING_RECONCILE_MS: z.coerce.number().int().positive().default(60_000),
  CREDENTIAL_ISSUER: z.url().default('https://werkinzicht.example/credentials'),
  CREDENTIAL_PRIVATE_JWK: z.string().min(1).optional(),
  CREDENTIAL_PREVIOUS_JWKS: z.string().optional(),
  CREDENTIAL_VERIFICATIE_URL: z.url().optional(),
});

/** The key that signs the inwoner's verifiable credentials, and the public keys that still verify older ones. */
export interface CredentialConfig {
  /** The issuer id written in every credential (the region's). */
  uitgever: string;
  /** File of the private P-256 JWK (with kid) that signs; made on first start outside production. */
  privateJwk: string;
  /** Whether `privateJwk` may be generated when missing (development and tests: `.dev/credential-issuer/`). */
  genereerInOntwikkeling: boolean;
  /** Files of earlier public keys (a JWK or a JWKS each), kept so credentials signed before a rotation verify. */
  eerdereSleutels: string[];
  /** Where an employer checks a credential (the portaal's public page), printed on the certificate. */
  verificatieUrl: string;
}

export interface TrajectenConfig {
  duurzaamheidscheckNa: string;
  contactmomentInterval: string;
  stilstandNa: string;
  reconcileMs: number;
  credentials: CredentialConfig;
}

export const TRAJECTEN_CONFIG = Symbol('wiz:trajecten-config');

export function loadTrajectenConfig(env: NodeJS.ProcessEnv = process.env): TrajectenConfig {
  const parsed = schema.safeParse(env);
  if (parsed.success && env.NODE_ENV === 'production' && !parsed.data.CREDENTIAL_PRIVATE_JWK)
    throw new ConfigError('trajecten', ['CREDENTIAL_PRIVATE_JWK: required in production (the credential signing key)']);
  if (!parsed.success)
    throw new ConfigError(
      'trajecten',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const e = parsed.data;
  return {
    duurzaamheidscheckNa: e.DUURZAAMHEIDSCHECK_NA,
    contactmomentInterval: e.CONTACTMOMENT_INTERVAL,
    stilstandNa: e.STILSTAND_NA,
    reconcileMs: e.OPVOLGING_RECONCILE_MS,
    credentials: {
      uitgever: e.CREDENTIAL_ISSUER,
      privateJwk: e.CREDENTIAL_PRIVATE_JWK ?? devCredentialJwk(env),
      genereerInOntwikkeling: !e.CREDENTIAL_PRIVATE_JWK,
      eerdereSleutels: (e.CREDENTIAL_PREVIOUS_JWKS ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      verificatieUrl: e.CREDENTIAL_VERIFICATIE_URL ?? `${new URL(e.CREDENTIAL_ISSUER).origin}/verifieer`,
    },
  };
}

/** The development credential key, beside the development issuer's (`.dev/credential-issuer/`, git-ignored). */
export function devCredentialPaths(env: NodeJS.ProcessEnv = process.env) {
  return devKeyPairPaths('credential-issuer', env.WIZ_DEV_DIR);
}

const devCredentialJwk = (env: NodeJS.ProcessEnv) => devCredentialPaths(env).privateKey;
