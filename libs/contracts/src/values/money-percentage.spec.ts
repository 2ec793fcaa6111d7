import fc from 'fast-check';
import { percentageOfCenten, percentageToBasisPoints } from './money';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const fitsSafe = (n: bigint) => n <= MAX && n >= -MAX;
const safeInteger = fc.maxSafeInteger();
const smallCenten = fc.integer({ min: -1e12, max: 1e12 });
const notASafeInteger = fc.double().filter((x) => !Number.isSafeInteger(x));

/** Floor division written as the mathematical definition, independent of the implementation. */
function floorDivOracle(a: bigint, b: bigint): bigint {
  const remainder = ((a % b) + b) % b;
  return (a - remainder) / b;
}

describe('percentageOfCenten', () => {
  const basisPoints = fc.integer({ min: 0, max: 20_000 });

  it('equals floor(centen * percentage / 100) computed with BigInt', () => {
    fc.assert(
      fc.property(fc.oneof(smallCenten, safeInteger), basisPoints, (centen, bp) => {
        const exact = floorDivOracle(BigInt(centen) * BigInt(bp), 10_000n);
        if (fitsSafe(exact)) expect(BigInt(percentageOfCenten(centen, bp / 100))).toBe(exact);
        else expect(() => percentageOfCenten(centen, bp / 100)).toThrow(RangeError);
      }),
    );
  });

  it('is never more than the exact value and less than one cent below it', () => {
    fc.assert(
      fc.property(smallCenten, basisPoints, (centen, bp) => {
        const result = BigInt(percentageOfCenten(centen, bp / 100));
        const exactTimes10000 = BigInt(centen) * BigInt(bp);
        expect(result * 10_000n <= exactTimes10000).toBe(true);
        expect((result + 1n) * 10_000n > exactTimes10000).toBe(true);
      }),
    );
  });

  it('handles the examples from the domain', () => {
    expect(percentageOfCenten(12_345, 62.5)).toBe(7_715);
    expect(percentageOfCenten(1_000, 33.33)).toBe(333);
    expect(percentageOfCenten(10_000, 0.07)).toBe(7);
    expect(percentageOfCenten(-1, 50)).toBe(-1);
    expect(percentageOfCenten(9_999, 100)).toBe(9_999);
  });

  it('rejects percentages with more than 2 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }).filter((k) => k % 10 !== 0),
        (k) => {
          expect(() => percentageOfCenten(100, k / 1000)).toThrow(RangeError);
        },
      ),
    );
  });

  it.each([-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 0.1 + 0.2])('rejects percentage %p', (p) => {
    expect(() => percentageOfCenten(100, p)).toThrow(RangeError);
  });

  it('rejects amounts that are not safe integers', () => {
    fc.assert(
      fc.property(notASafeInteger, (centen) => {
        expect(() => percentageOfCenten(centen, 50)).toThrow(RangeError);
      }),
    );
  });

  it('reads percentages as exact basis points', () => {
    expect(percentageToBasisPoints(62.5)).toBe(6_250n);
    expect(percentageToBasisPoints(0.07)).toBe(7n);
    expect(percentageToBasisPoints(40)).toBe(4_000n);
  });
});
