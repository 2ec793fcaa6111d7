import fc from 'fast-check';
import { CentenSchema, multiplyCenten, NonNegativeCentenSchema, sumCenten } from './money';

const MAX = BigInt(Number.MAX_SAFE_INTEGER);
const fitsSafe = (n: bigint) => n <= MAX && n >= -MAX;
const safeInteger = fc.maxSafeInteger();
const smallCenten = fc.integer({ min: -1e12, max: 1e12 });
const notASafeInteger = fc.double().filter((x) => !Number.isSafeInteger(x));

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
