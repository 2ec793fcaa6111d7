import { ConfigError } from '@wiz/platform';
import { Bouwblokken, parseBouwblokken, STANDAARD_BOUWBLOKKEN } from '../modules/sroi/domain';

export const BOUWBLOKKEN = Symbol('wiz:sroi-bouwblokken');

/** SROI values per person-year are configuration (SROI_BOUWBLOKKEN as JSON), defaulting to the region's bouwblokken. */
export function loadBouwblokken(env: NodeJS.ProcessEnv = process.env): Bouwblokken {
  if (!env.SROI_BOUWBLOKKEN) return STANDAARD_BOUWBLOKKEN;
  try {
    return parseBouwblokken(env.SROI_BOUWBLOKKEN);
  } catch (err) {
    throw new ConfigError('werkgevers', [`SROI_BOUWBLOKKEN: ${(err as Error).message}`]);
  }
}
