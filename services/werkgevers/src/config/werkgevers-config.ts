import { ConfigError, developmentSecret } from '@wiz/platform';
import { Bouwblokken, parseBouwblokken, STANDAARD_BOUWBLOKKEN } from '../modules/sroi/domain';

export const WERKGEVERS_CONFIG = Symbol('wiz:werkgevers-config');

/** Werkgevers' own settings, read and checked once at start. */
export interface WerkgeversConfig {
  /** SROI values per person-year (SROI_BOUWBLOKKEN as JSON), defaulting to the region's bouwblokken. */
  bouwblokken: Bouwblokken;
  /** The key of the candidate codes employer teams see (KANDIDAAT_PSEUDONIEM_SLEUTEL). */
  pseudoniemSleutel: Buffer;
}

/** Every wrong setting is named at once (ConfigError), so the operator fixes them in one go. */
export function loadWerkgeversConfig(env: NodeJS.ProcessEnv = process.env): WerkgeversConfig {
  const problemen: string[] = [];
  const bouwblokken = leesBouwblokken(env, problemen);
  const pseudoniemSleutel = leesPseudoniemSleutel(env, problemen);
  if (problemen.length) throw new ConfigError('werkgevers', problemen);
  return { bouwblokken, pseudoniemSleutel };
}

function leesBouwblokken(env: NodeJS.ProcessEnv, problemen: string[]): Bouwblokken {
  if (!env.SROI_BOUWBLOKKEN) return STANDAARD_BOUWBLOKKEN;
  try {
    return parseBouwblokken(env.SROI_BOUWBLOKKEN);
  } catch (err) {
    problemen.push(`SROI_BOUWBLOKKEN: ${(err as Error).message}`);
    return STANDAARD_BOUWBLOKKEN;
  }
}

/**
 * KANDIDAAT_PSEUDONIEM_SLEUTEL: base64 of at least 32 bytes. Production must set it; development and tests get one
 * made once under .dev/. Changing it gives every candidate a new code.
 */
function leesPseudoniemSleutel(env: NodeJS.ProcessEnv, problemen: string[]): Buffer {
  const waarde =
    env.KANDIDAAT_PSEUDONIEM_SLEUTEL ||
    (env.NODE_ENV === 'production' ? undefined : developmentSecret('werkgevers-kandidaat-pseudoniem-sleutel', env));
  if (!waarde) {
    problemen.push('KANDIDAAT_PSEUDONIEM_SLEUTEL: required in production (base64 of 32 random bytes)');
    return Buffer.alloc(0);
  }
  const sleutel = Buffer.from(waarde, 'base64');
  if (sleutel.length < 32) problemen.push('KANDIDAAT_PSEUDONIEM_SLEUTEL: must be at least 32 bytes, base64-encoded');
  return sleutel;
}
