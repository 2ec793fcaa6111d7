import fc from 'fast-check';
import { normalizePostcode, PostcodeSchema } from './postcode';

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
const postcodeParts = fc.record({
  digits: fc.integer({ min: 1000, max: 9999 }).map(String),
  letters: fc.tuple(letter, letter).map(([a, b]) => a + b),
  lowerCase: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  space: fc.boolean(),
});

/** A postcode as a person might type it, plus the canonical form we expect back. */
const typedPostcode = postcodeParts.map(({ digits, letters, lowerCase, space }) => {
  const typedLetters = [...letters].map((c, i) => (lowerCase[i] ? c.toLowerCase() : c)).join('');
  return { typed: `${digits}${space ? ' ' : ''}${typedLetters}`, canonical: `${digits}${letters}` };
});

describe('normalizePostcode', () => {
  it('accepts the documented spellings', () => {
    expect(normalizePostcode('9711AB')).toBe('9711AB');
    expect(normalizePostcode('9711 AB')).toBe('9711AB');
    expect(normalizePostcode('9711ab')).toBe('9711AB');
  });

  it('normalizes every valid typed postcode to the canonical form', () => {
    fc.assert(
      fc.property(typedPostcode, ({ typed, canonical }) => {
        expect(normalizePostcode(typed)).toBe(canonical);
        expect(PostcodeSchema.parse(typed)).toBe(canonical);
      }),
    );
  });

  it('rejects a first digit 0', () => {
    fc.assert(
      fc.property(typedPostcode, ({ typed }) => {
        const withZero = '0' + typed.slice(1);
        expect(normalizePostcode(withZero)).toBeNull();
        expect(PostcodeSchema.safeParse(withZero).success).toBe(false);
      }),
    );
  });

  it('is idempotent: normalizing a normalized postcode changes nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          typedPostcode.map((p) => p.typed),
          fc.string(),
        ),
        (s) => {
          const once = normalizePostcode(s);
          if (once !== null) expect(normalizePostcode(once)).toBe(once);
        },
      ),
    );
  });

  it.each(['971AB', '97111AB', '9711A', '9711ABC', '9711  AB', '9711-AB', '9711 1B', 'AB9711', ''])(
    'rejects %j',
    (s) => {
      expect(normalizePostcode(s)).toBeNull();
    },
  );
});

describe('PostcodeSchema', () => {
  it('reports a readable message', () => {
    expect(PostcodeSchema.safeParse('0711AB').error?.issues[0].message).toBe('must be a Dutch postcode such as 9711AB');
  });
});
