import { ConfigError, developmentSecret } from '@wiz/platform';
import { Bouwblokken, parseBouwblokken, STANDAARD_BOUWBLOKKEN } from '../modules/sroi/domain';

export const BOUWBLOKKEN = Symbol('wiz:sroi-bouwblokken');
export const PSEUDONIEM_SLEUTEL = Symbol('wiz:kandidaat-pseudoniem-sleutel');

/** SROI values per person-year are configuration (SROI_BOUWBLOKKEN as JSON), defaulting to the region's bouwblokken. */
export function loadBouwblokken(env: NodeJS.ProcessEnv = process.env): Bouwblokken {
  if (!env.SROI_BOUWBLOKKEN) return STANDAARD_BOUWBLOKKEN;
  try {
    return parseBouwblokken(env.SROI_BOUWBLOKKEN);
  } catch (err) {
    throw new ConfigError('werkgevers', [`SROI_BOUWBLOKKEN: ${(err as Error).message}`]);
  }
}

/**
 * The key of the candidate codes employer teams see (KANDIDAAT_PSEUDONIEM_SLEUTEL, base64 of at least 32 bytes).
 * Production must set it; development and tests get one made once under .dev/. Changing it gives every candidate
 * a new code.
 */
export function loadPseudoniemSleutel(env: NodeJS.ProcessEnv = process.env): Buffer {
  const waarde =
    env.KANDIDAAT_PSEUDONIEM_SLEUTEL ||
    (env.NODE_ENV === 'production' ? undefined : developmentSecret('werkgevers-kandidaat-pseudoniem-sleutel', env));
  if (!waarde)
    throw new ConfigError('werkgevers', [
      'KANDIDAAT_PSEUDONIEM_SLEUTEL: required in production (base64 of 32 random bytes)',
    ]);
  const sleutel = Buffer.from(waarde, 'base64');
  if (sleutel.length < 32)
    throw new ConfigError('werkgevers', ['KANDIDAAT_PSEUDONIEM_SLEUTEL: must be at least 32 bytes, base64-encoded']);
  return sleutel;
}
