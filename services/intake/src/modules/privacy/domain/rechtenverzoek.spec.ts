import {
  antwoordUiterlijk,
  isUitgevoerd,
  RechtenverzoekAlAfgehandeld,
  RechtenverzoekNietVerlengbaar,
  toelichtingVerplicht,
  verlengdTot,
} from './rechtenverzoek';

describe('a request to the privacy officer', () => {
  it('is answered within one calendar month of the day it came in, in the region’s calendar (AVG art. 12(3))', () => {
    expect(antwoordUiterlijk(new Date('2026-03-15T10:00:00Z'))).toBe('2026-04-15');
    expect(antwoordUiterlijk(new Date('2026-12-20T10:00:00Z'))).toBe('2027-01-20');
    // A day the next month lacks is its last day.
    expect(antwoordUiterlijk(new Date('2026-01-31T10:00:00Z'))).toBe('2026-02-28');
    expect(antwoordUiterlijk(new Date('2028-01-31T10:00:00Z'))).toBe('2028-02-29');
    // 23:30 UTC on 31 March is 1 April in Groningen.
    expect(antwoordUiterlijk(new Date('2026-03-31T23:30:00Z'))).toBe('2026-05-01');
  });

  it('needs its grounds only for an objection (art. 21(1): the person’s particular situation)', () => {
    expect([toelichtingVerplicht('bezwaar'), toelichtingVerplicht('wissen'), toelichtingVerplicht('beperken')]).toEqual(
      [true, false, false],
    );
  });

  it('is granted only once carried out: erased for wissen; restricted, or erased, for beperken and bezwaar', () => {
    const niets = { gewist: false, beperkt: false };
    const beperkt = { gewist: false, beperkt: true };
    const gewist = { gewist: true, beperkt: false };
    expect([niets, beperkt, gewist].map((u) => isUitgevoerd('wissen', u))).toEqual([false, false, true]);
    expect([niets, beperkt, gewist].map((u) => isUitgevoerd('beperken', u))).toEqual([false, true, true]);
    expect([niets, beperkt, gewist].map((u) => isUitgevoerd('bezwaar', u))).toEqual([false, true, true]);
  });

  it('is extended once, by one or two months from its first deadline, and only within that first month', () => {
    const open = { status: 'open' as const, uiterlijkOp: '2026-01-31', verlengd: false };
    expect(verlengdTot(open, 1, '2026-01-10')).toBe('2026-02-28');
    expect(verlengdTot(open, 2, '2026-01-31')).toBe('2026-03-31');
    expect(() => verlengdTot(open, 2, '2026-02-01')).toThrow(RechtenverzoekNietVerlengbaar);
    expect(() => verlengdTot({ ...open, verlengd: true }, 1, '2026-01-10')).toThrow(RechtenverzoekNietVerlengbaar);
    expect(() => verlengdTot({ ...open, status: 'afgewezen' }, 1, '2026-01-10')).toThrow(RechtenverzoekAlAfgehandeld);
  });
});
