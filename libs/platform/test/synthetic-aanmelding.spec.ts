import { isValidBsn } from '@wiz/contracts';
import { syntheticAanmelding, syntheticBsn } from '../src/testing';

describe('synthetic aanmeldingen for load and fault tests', () => {
  it('gives every n its own BSN passing the elfproef', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 20_000; n++) {
      const bsn = syntheticBsn(n);
      expect(isValidBsn(bsn)).toBe(true);
      seen.add(bsn);
    }
    expect(seen.size).toBe(20_000);
  });

  it('makes aanmeldingen with valid dates and postcodes', () => {
    for (let n = 0; n < 500; n++) {
      const { inwoner } = syntheticAanmelding(n);
      expect(Number.isNaN(Date.parse(inwoner.geboortedatum))).toBe(false);
      expect(inwoner.postcode).toMatch(/^[1-9]\d{3}[A-Z]{2}$/);
    }
  });
});
