import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { z } from 'zod';
import { ConfigError, devIssuerPaths } from '@wiz/platform';

const key32 = z
  .string()
  .transform((s) => Buffer.from(s, 'base64'))
  .refine((b) => b.length === 32, 'must be 32 bytes, base64-encoded');

const keyList = z.string().transform((s, ctx) => {
  const keys = new Map<string, Buffer>();
  for (const part of s
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, value] = part.split(':');
    const buf = Buffer.from(value ?? '', 'base64');
    if (!/^[A-Za-z0-9_-]{1,32}$/.test(id ?? '') || buf.length !== 32) {
      ctx.addIssue({ code: 'custom', message: 'must be a list of keyId:base64(32 bytes), comma-separated' });
      return z.NEVER;
    }
    keys.set(id, buf);
  }
  return keys;
});

const schema = z.object({
  BSN_ENCRYPTION_KEYS: keyList,
  BSN_ACTIVE_KEY_ID: z.string().min(1),
  BSN_HMAC_KEY: key32,
  DUBBEL_KANDIDATEN_MAX: z.coerce.number().int().min(1).max(100).default(5),
});

export interface IntakeConfig {
  bsn: { keys: Map<string, Buffer>; activeKeyId: string; hmacKey: Buffer };
  /** A new likely duplicate is linked to at most this many existing inwoners with its key, newest first. */
  dubbelKandidatenMax: number;
}

/**
 * Intake's own secrets: AES-256-GCM keys for the BSN (several, by id, so keys can rotate) and the HMAC key that
 * finds a BSN without decrypting. Production must set them; development and tests get keys generated once under
 * .dev/ (git-ignored), like the development token issuer.
 */
export function loadIntakeConfig(env: NodeJS.ProcessEnv = process.env): IntakeConfig {
  const source = env.BSN_ENCRYPTION_KEYS || env.NODE_ENV === 'production' ? env : { ...developmentKeys(env), ...env };
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new ConfigError(
      'intake',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    );
  const {
    BSN_ENCRYPTION_KEYS: keys,
    BSN_ACTIVE_KEY_ID: activeKeyId,
    BSN_HMAC_KEY: hmacKey,
    DUBBEL_KANDIDATEN_MAX: dubbelKandidatenMax,
  } = parsed.data;
  if (!keys.has(activeKeyId))
    throw new ConfigError('intake', [`BSN_ACTIVE_KEY_ID: no key "${activeKeyId}" in BSN_ENCRYPTION_KEYS`]);
  return { bsn: { keys, activeKeyId, hmacKey }, dubbelKandidatenMax };
}

function developmentKeys(env: NodeJS.ProcessEnv): Record<string, string> {
  const file = path.join(path.dirname(devIssuerPaths(env.WIZ_DEV_DIR).dir), 'intake-bsn-keys.json');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const keys = {
      BSN_ENCRYPTION_KEYS: `dev1:${randomBytes(32).toString('base64')}`,
      BSN_ACTIVE_KEY_ID: 'dev1',
      BSN_HMAC_KEY: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(keys), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}
