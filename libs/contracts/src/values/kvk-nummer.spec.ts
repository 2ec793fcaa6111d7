import fc from 'fast-check';
import { isValidKvkNummer, KvkNummerSchema } from './kvk-nummer';

describe('isValidKvkNummer', () => {
  it('accepts any 8 digits, including a leading zero', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), (s) => isValidKvkNummer(s)));
    expect(isValidKvkNummer('01234567')).toBe(true);
  });

  it('rejects other lengths', () => {
    fc.assert(fc.property(fc.stringMatching(/^(\d{0,7}|\d{9,12})$/), (s) => !isValidKvkNummer(s)));
  });

  it('rejects a non-digit anywhere', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{8}$/),
        fc.nat({ max: 7 }),
        fc.constantFrom('a', ' ', '-', '٣'),
        (s, position, c) => !isValidKvkNummer(s.slice(0, position) + c + s.slice(position + 1)),
      ),
    );
  });
});

describe('KvkNummerSchema', () => {
  it('parses 8 digits and refuses 7 with a message', () => {
    expect(KvkNummerSchema.parse('69599084')).toBe('69599084');
    expect(KvkNummerSchema.safeParse('6959908').error?.issues[0].message).toBe('must be exactly 8 digits');
  });
});
