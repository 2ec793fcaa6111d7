import fc from 'fast-check';
import { IsoDateSchema, isoDateParts, isRealIsoDate, kalenderdag, TimestampSchema } from './dates';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const anyDateInYears1To9999 = fc.date({
  min: new Date('0001-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});

/** Days in a month according to the JavaScript Date (day 0 of the next month), as an oracle. */
const daysInMonthOracle = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('isRealIsoDate / IsoDateSchema', () => {
  it('accepts every real calendar date', () => {
    fc.assert(
      fc.property(anyDateInYears1To9999, (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(isRealIsoDate(iso)).toBe(true);
        expect(IsoDateSchema.safeParse(iso).success).toBe(true);
      }),
    );
  });

  it('rejects days past the end of their month', () => {
    const impossible = fc
      .record({ year: fc.integer({ min: 1000, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
      .chain(({ year, month }) =>
        fc.integer({ min: daysInMonthOracle(year, month) + 1, max: 39 }).map((day) => ({ year, month, day })),
      );
    fc.assert(
      fc.property(impossible, ({ year, month, day }) => {
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(isRealIsoDate(iso)).toBe(false);
        expect(IsoDateSchema.safeParse(iso).success).toBe(false);
      }),
    );
  });

  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['20260101', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s -> %p', (s, expected) => {
    expect(isRealIsoDate(s)).toBe(expected);
    expect(IsoDateSchema.safeParse(s).success).toBe(expected);
  });

  it('splits a real date and refuses an impossible one', () => {
    expect(isoDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(() => isoDateParts('2025-02-29')).toThrow(RangeError);
  });
});

describe('TimestampSchema', () => {
  it('accepts what Date#toISOString produces', () => {
    fc.assert(fc.property(anyDateInYears1To9999, (date) => TimestampSchema.safeParse(date.toISOString()).success));
  });

  it.each([
    ['2026-03-01T10:00:00Z', true],
    ['2026-03-01T10:00:00.123+01:00', true],
    ['2026-03-01T10:00:00-05:30', true],
    ['2026-03-01T10:00:00', false],
    ['2026-03-01', false],
    ['2026-02-30T10:00:00Z', false],
    ['not a time', false],
  ])('%s -> %p', (s, expected) => {
    expect(TimestampSchema.safeParse(s).success).toBe(expected);
  });
});

describe('kalenderdag', () => {
  it('is the day in the Netherlands, which starts before UTC midnight', () => {
    expect(kalenderdag(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(kalenderdag(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(kalenderdag(new Date('2026-06-30T22:30:00Z'), 'UTC')).toBe('2026-06-30');
  });

  it('turns at the first second of the day, asked second after second, in each zone on its own', () => {
    const rond = (iso: string) => [kalenderdag(new Date(iso)), kalenderdag(new Date(iso), 'UTC')];
    expect(rond('2026-12-31T22:59:59.000Z')).toEqual(['2026-12-31', '2026-12-31']);
    expect(rond('2026-12-31T22:59:59.999Z')).toEqual(['2026-12-31', '2026-12-31']);
    expect(rond('2026-12-31T23:00:00.000Z')).toEqual(['2027-01-01', '2026-12-31']);
    expect(rond('2026-12-31T23:59:59.999Z')).toEqual(['2027-01-01', '2026-12-31']);
    expect(rond('2027-01-01T00:00:00.000Z')).toEqual(['2027-01-01', '2027-01-01']);
    // Liberia's offset until 1972 was -00:44:30: its days began half a minute into a UTC minute.
    expect(kalenderdag(new Date('1970-06-01T00:44:29.999Z'), 'Africa/Monrovia')).toBe('1970-05-31');
    expect(kalenderdag(new Date('1970-06-01T00:44:30.000Z'), 'Africa/Monrovia')).toBe('1970-06-01');
  });
});
