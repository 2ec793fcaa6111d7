import fc from 'fast-check';
import { leeftijdOp, leeftijdsbandOp } from './esf-deelnemer';

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const dateBetween = (min: string, max: string) =>
  fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true });

describe('leeftijdsbandOp', () => {
  it.each([
    ['2008-03-02', '2026-03-01', 'onder-18'],
    ['2008-03-01', '2026-03-01', '18-29'],
    ['1996-03-02', '2026-03-01', '18-29'],
    ['1996-03-01', '2026-03-01', '30-54'],
    ['1971-03-02', '2026-03-01', '30-54'],
    ['1971-03-01', '2026-03-01', '55-plus'],
    ['2026-03-01', '2026-03-01', 'onder-18'],
  ])('born %s, on %s -> %s', (geboortedatum, peildatum, band) => {
    expect(leeftijdsbandOp(geboortedatum, peildatum)).toBe(band);
  });

  it('lets someone born on 29 February turn a year older on 1 March in a common year', () => {
    expect(leeftijdOp('2008-02-29', '2026-02-28')).toBe(17);
    expect(leeftijdOp('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('matches completed years computed from the date strings', () => {
    fc.assert(
      fc.property(dateBetween('1900-01-01', '2030-12-31'), dateBetween('1900-01-01', '2030-12-31'), (a, b) => {
        const [born, on] = a <= b ? [isoOf(a), isoOf(b)] : [isoOf(b), isoOf(a)];
        // Month-day strings compare correctly, which gives an independent "had birthday" test.
        const expected = Number(on.slice(0, 4)) - Number(born.slice(0, 4)) - (on.slice(5) < born.slice(5) ? 1 : 0);
        expect(leeftijdOp(born, on)).toBe(expected);
      }),
    );
  });

  it('refuses a peildatum before the birth date and impossible dates', () => {
    expect(() => leeftijdsbandOp('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => leeftijdsbandOp('2001-02-29', '2026-01-01')).toThrow(RangeError);
  });
});
