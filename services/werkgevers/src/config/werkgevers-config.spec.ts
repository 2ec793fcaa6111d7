import { randomBytes } from 'node:crypto';
import { ConfigError } from '@wiz/platform';
import { STANDAARD_BOUWBLOKKEN } from '../modules/sroi/domain';
import { loadWerkgeversConfig } from './werkgevers-config';

const sleutel = randomBytes(32).toString('base64');

describe('loadWerkgeversConfig', () => {
  it("takes the region's bouwblokken and the given key by default", () => {
    const config = loadWerkgeversConfig({ NODE_ENV: 'production', KANDIDAAT_PSEUDONIEM_SLEUTEL: sleutel });
    expect(config.bouwblokken).toEqual(STANDAARD_BOUWBLOKKEN);
    expect(config.pseudoniemSleutel.toString('base64')).toBe(sleutel);
  });

  it('reads SROI_BOUWBLOKKEN as JSON', () => {
    const bouwblokken = { ...STANDAARD_BOUWBLOKKEN, ww: 1_500_000 };
    const env = { KANDIDAAT_PSEUDONIEM_SLEUTEL: sleutel, SROI_BOUWBLOKKEN: JSON.stringify(bouwblokken) };
    expect(loadWerkgeversConfig(env).bouwblokken).toEqual(bouwblokken);
  });

  it('names every wrong setting at once', () => {
    const env = { KANDIDAAT_PSEUDONIEM_SLEUTEL: 'kort', SROI_BOUWBLOKKEN: '{"ww": 1}' };
    expect(() => loadWerkgeversConfig(env)).toThrow(ConfigError);
    expect(() => loadWerkgeversConfig(env)).toThrow(
      /SROI_BOUWBLOKKEN[\s\S]*KANDIDAAT_PSEUDONIEM_SLEUTEL: must be at least 32 bytes/,
    );
  });

  it('requires the key in production', () => {
    expect(() => loadWerkgeversConfig({ NODE_ENV: 'production' })).toThrow(/KANDIDAAT_PSEUDONIEM_SLEUTEL: required/);
  });
});
