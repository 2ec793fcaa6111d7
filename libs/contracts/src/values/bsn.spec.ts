import fc from 'fast-check';
import { BsnSchema, isValidBsn } from './bsn';

// Oracle written independently of the implementation: weights 9..2 and -1 for the last digit.
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];
const weightedSum = (digits: number[]) => digits.reduce((sum, d, i) => sum + d * WEIGHTS[i], 0);

const eightDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 });

/** Eight random digits plus the check digit that satisfies the elfproef, when one exists. */
const validBsn = eightDigits
  .map((digits) => [...digits, weightedSum([...digits, 0]) % 11])
  .filter((digits) => digits[8] <= 9 && digits.some((d) => d !== 0))
  .map((digits) => digits.join(''));

describe('isValidBsn', () => {
  it('accepts known valid numbers', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('rejects 000000000 although it passes the arithmetic', () => {
    expect(weightedSum([0, 0, 0, 0, 0, 0, 0, 0, 0]) % 11).toBe(0);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('accepts every number built with a correct check digit', () => {
    fc.assert(fc.property(validBsn, (bsn) => isValidBsn(bsn)));
  });

  it('rejects a valid number with any single digit changed', () => {
    fc.assert(
      fc.property(validBsn, fc.nat({ max: 8 }), fc.integer({ min: 1, max: 9 }), (bsn, position, shift) => {
        const changed = (Number(bsn[position]) + shift) % 10;
        const mutated = bsn.slice(0, position) + changed + bsn.slice(position + 1);
        expect(mutated).not.toBe(bsn);
        expect(isValidBsn(mutated)).toBe(false);
      }),
    );
  });

  it('rejects all ten check digits when the weighted sum leaves remainder 10', () => {
    fc.assert(
      fc.property(
        eightDigits.filter((digits) => weightedSum([...digits, 0]) % 11 === 10),
        (digits) => {
          for (let check = 0; check <= 9; check++) expect(isValidBsn(digits.join('') + check)).toBe(false);
        },
      ),
    );
  });

  it('rejects wrong lengths', () => {
    fc.assert(fc.property(fc.stringMatching(/^(\d{0,8}|\d{10,14})$/), (s) => !isValidBsn(s)));
  });

  it('rejects a valid number with any character replaced by a non-digit', () => {
    const nonDigit = fc.constantFrom('a', 'X', ' ', '-', '.', '٣', '１');
    fc.assert(
      fc.property(validBsn, fc.nat({ max: 8 }), nonDigit, (bsn, position, c) => {
        return !isValidBsn(bsn.slice(0, position) + c + bsn.slice(position + 1));
      }),
    );
  });

  it('rejects surrounding whitespace instead of silently trimming it', () => {
    expect(isValidBsn(' 111222333')).toBe(false);
    expect(isValidBsn('111222333\n')).toBe(false);
  });
});

describe('BsnSchema', () => {
  it('parses a valid BSN and explains a bad one', () => {
    expect(BsnSchema.parse('123456782')).toBe('123456782');
    const result = BsnSchema.safeParse('123456789');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('must be 9 digits passing the elfproef');
  });

  it('rejects non-strings', () => {
    expect(BsnSchema.safeParse(123456782).success).toBe(false);
  });
});
