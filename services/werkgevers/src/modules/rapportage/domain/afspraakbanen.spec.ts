import fc from 'fast-check';
import { AFSPRAAKBAAN_UREN, afspraakbaanEenheden } from './afspraakbanen';

describe('afspraakbanen in units of 25.5 hours', () => {
  it.each([
    [[25.5], 1],
    [[51], 2],
    [[30], 1.17], // 1.176… rounded down
    [[25.5, 12.75], 1.5],
    [[12.75, 12.75], 1],
    [[], 0],
  ])('%p hours → %p', (uren, eenheden) => {
    expect(afspraakbaanEenheden(uren)).toBe(eenheden);
  });

  it('has the national unit of 25.5 hours', () => {
    expect(AFSPRAAKBAAN_UREN).toBe(25.5);
  });

  it('equals floor(sum of hours × 100 / 25.5) / 100, computed with integers (property)', () => {
    const honderdsten = fc.array(fc.integer({ min: 0, max: 6_000 }), { maxLength: 200 });
    fc.assert(
      fc.property(honderdsten, (lijst) => {
        const som = lijst.reduce((s, h) => s + BigInt(h), 0n); // hundredths of an hour
        const verwacht = Number((som * 100n) / 2550n) / 100;
        expect(afspraakbaanEenheden(lijst.map((h) => h / 100))).toBe(verwacht);
      }),
    );
  });

  it('is not thrown off by float sums: 15 × 1.7 hours is exactly one afspraakbaan', () => {
    const uren = Array<number>(15).fill(1.7);
    expect(uren.reduce((a, b) => a + b, 0)).toBeLessThan(25.5); // a float sum sees 25.499…, i.e. 0.99
    expect(afspraakbaanEenheden(uren)).toBe(1);
  });

  it('refuses hours with three decimals or below zero', () => {
    expect(() => afspraakbaanEenheden([12.755])).toThrow(RangeError);
    expect(() => afspraakbaanEenheden([-1])).toThrow(RangeError);
  });
});
