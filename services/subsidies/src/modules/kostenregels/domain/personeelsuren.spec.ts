import fc from 'fast-check';
import { OngeldigeUrenError } from '@wiz/contracts';
import { bedragUitUren, uurtariefUitJaarkosten } from './personeelsuren';

describe('staff time in cents', () => {
  it('multiplies hours by the hourly rate exactly and rounds down: 7.5 h × 4,567 = 34,252', () => {
    expect(bedragUitUren(7.5, 4_567)).toBe(34_252);
    expect(bedragUitUren(0.01, 99)).toBe(0);
    expect(bedragUitUren(1.15, 100)).toBe(115); // 1.15 × 100 is 114.99999999999999 in floating point
  });

  it('reads hours from their decimal text and refuses more than two decimals', () => {
    expect(() => bedragUitUren(0.1 + 0.2, 100)).toThrow(OngeldigeUrenError);
    expect(() => bedragUitUren(7.125, 100)).toThrow(RangeError);
    expect(() => bedragUitUren(-1, 100)).toThrow(RangeError);
    expect(() => bedragUitUren(Number.NaN, 100)).toThrow(RangeError);
    expect(() => bedragUitUren(1, 0.5)).toThrow(RangeError);
    expect(() => bedragUitUren(1e15, 1e6)).toThrow(/safe integer/);
  });

  it('equals floor(hundredths × rate / 100) for any hours with two decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (honderdsten, tarief) => {
          expect(BigInt(bedragUitUren(honderdsten / 100, tarief))).toBe((BigInt(honderdsten) * BigInt(tarief)) / 100n);
        },
      ),
    );
  });

  it('derives the CPR art. 55 hourly rate from annual costs, rounded down', () => {
    expect(uurtariefUitJaarkosten(5_000_000)).toBe(2_906); // € 50,000 / 1,720 h = € 29.0697...
    expect(uurtariefUitJaarkosten(1_720 * 3_000)).toBe(3_000);
    expect(uurtariefUitJaarkosten(1_719)).toBe(0);
    expect(() => uurtariefUitJaarkosten(-1)).toThrow(RangeError);
  });
});
