import { isNacht, ongebruikelijkLezen, type Drempels, type Inzage } from './ongebruikelijk';

const d: Drempels = { factor: 2, maxInwoners: 3, nachtVan: 22 * 60, nachtTot: 6 * 60, tijdzone: 'Europe/Amsterdam' };
const dag = (uurUtc: string) => new Date(`2026-06-10T${uurUtc}:00Z`); // summer: Amsterdam is UTC+2
const inzage = (subject: string, at: Date, ...inwonerIds: string[]): Inzage => ({ subject, at, inwonerIds });

describe('ongebruikelijkLezen', () => {
  it('flags a user reading more distinct inwoners than factor × caseload, counting each inwoner once', () => {
    const rijen = [
      inzage('c1', dag('08:00'), 'a', 'b'),
      inzage('c1', dag('09:00'), 'b', 'c', 'd', 'e'),
      inzage('c2', dag('09:00'), 'a', 'b', 'c', 'd'),
    ];
    const meldingen = ongebruikelijkLezen(
      rijen,
      new Map([
        ['c1', 2],
        ['c2', 2],
      ]),
      d,
    );
    expect(meldingen).toEqual([
      { gebruiker: 'c1', inwoners: 5, caseload: 2, drempel: 4, nachtelijkeInzages: 0, redenen: ['meer-dan-caseload'] },
    ]);
  });

  it('weighs a user without a caseload against the fixed maximum', () => {
    const rijen = [inzage('fo', dag('08:00'), 'a', 'b', 'c'), inzage('fo2', dag('08:00'), 'a', 'b', 'c', 'd')];
    expect(ongebruikelijkLezen(rijen, new Map([['fo', 0]]), d).map((m) => [m.gebruiker, m.redenen])).toEqual([
      ['fo2', ['boven-maximum']],
    ]);
  });

  it('flags reads at night in the configured zone, wrapping midnight, and ignores rows naming no inwoner', () => {
    const rijen = [
      inzage('n', dag('20:30'), 'a'), // 22:30 local: night
      inzage('n', dag('03:59'), 'a'), // 05:59 local: night
      inzage('dag', dag('04:00'), 'a'), // 06:00 local: day
      inzage('dag', dag('19:59'), 'b'), // 21:59 local: day
      inzage('config', dag('23:00')), // a configuration change at night names no inwoner
    ];
    expect(ongebruikelijkLezen(rijen, new Map(), d)).toEqual([
      { gebruiker: 'n', inwoners: 1, caseload: null, drempel: 3, nachtelijkeInzages: 2, redenen: ['nachtelijk-lezen'] },
    ]);
  });

  it('handles a night that does not wrap midnight', () => {
    const vroeg = { ...d, nachtVan: 0, nachtTot: 5 * 60 };
    expect(isNacht(dag('22:30'), vroeg)).toBe(true); // 00:30 local
    expect(isNacht(dag('03:00'), vroeg)).toBe(false); // 05:00 local
  });
});
