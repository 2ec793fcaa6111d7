import fc from 'fast-check';
import {
  CentenSchema,
  multiplyCenten,
  NonNegativeCentenSchema,
  percentageOfCenten,
  percentageToBasisPoints,
  sumCenten,
} from './money';

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

describe('sumCenten', () => {
  it('equals the BigInt sum, or throws RangeError when that sum leaves the safe range', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(smallCenten, safeInteger)), (values) => {
        const exact = values.reduce((sum, v) => sum + BigInt(v), 0n);
        if (fitsSafe(exact)) expect(BigInt(sumCenten(values))).toBe(exact);
        else expect(() => sumCenten(values)).toThrow(RangeError);
      }),
    );
  });

  it('is 0 for no values', () => {
    expect(sumCenten([])).toBe(0);
  });

  it('rejects floats, NaN and infinities anywhere in the list', () => {
    fc.assert(
      fc.property(fc.array(smallCenten), notASafeInteger, fc.nat(), (values, bad, at) => {
        const withBad = [...values];
        withBad.splice(at % (values.length + 1), 0, bad);
        expect(() => sumCenten(withBad)).toThrow(RangeError);
      }),
    );
  });
});

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
      fc.property(fc.integer({ min: 0, max: 1_000_000 }).filter((k) => k % 10 !== 0), (k) => {
        expect(() => percentageOfCenten(100, k / 1000)).toThrow(RangeError);
      }),
    );
  });

  it.each([-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, 1e21, 0.1 + 0.2])('rejects percentage %p', (p) => {
    expect(() => percentageOfCenten(100, p)).toThrow(RangeError);
  });

  it('rejects amounts that are not safe integers', () => {
    fc.assert(fc.property(notASafeInteger, (centen) => {
      expect(() => percentageOfCenten(centen, 50)).toThrow(RangeError);
    }));
  });

  it('reads percentages as exact basis points', () => {
    expect(percentageToBasisPoints(62.5)).toBe(6_250n);
    expect(percentageToBasisPoints(0.07)).toBe(7n);
    expect(percentageToBasisPoints(40)).toBe(4_000n);
  });
});

describe('multiplyCenten', () => {
  it('equals the BigInt product, or throws RangeError outside the safe range', () => {
    fc.assert(
      fc.property(fc.oneof(smallCenten, safeInteger), fc.integer({ min: -1e6, max: 1e6 }), (centen, factor) => {
        const exact = BigInt(centen) * BigInt(factor);
        if (fitsSafe(exact)) expect(BigInt(multiplyCenten(centen, factor))).toBe(exact);
        else expect(() => multiplyCenten(centen, factor)).toThrow(RangeError);
      }),
    );
  });

  it('rejects a fractional factor', () => {
    expect(() => multiplyCenten(100, 1.5)).toThrow(RangeError);
  });
});

describe('Centen schemas', () => {
  it('accept safe integers and refuse fractions', () => {
    fc.assert(fc.property(safeInteger, (n) => CentenSchema.safeParse(n).success));
    fc.assert(fc.property(notASafeInteger, (n) => !CentenSchema.safeParse(n).success));
  });

  it('NonNegativeCentenSchema refuses negative amounts', () => {
    expect(NonNegativeCentenSchema.safeParse(0).success).toBe(true);
    expect(NonNegativeCentenSchema.safeParse(-1).success).toBe(false);
    expect(CentenSchema.safeParse('100').success).toBe(false);
  });
});
