import { antwoordUiterlijk, isUitgevoerd, toelichtingVerplicht } from './rechtenverzoek';

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
});
