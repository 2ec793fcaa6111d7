import { herinneringenNaAfsluiting } from './afsluiting';

describe('closing a reminder: one planned reminder of each kind per traject', () => {
  const nu = new Date('2026-12-07T10:00:00Z');
  const over14dagen = new Date('2026-12-21T10:00:00Z');
  const interval = (soort: string) => (soort === 'contactmoment' ? 'P4W' : 'P8W');

  it('plans the next one asked for (in place of the one planned), and nothing else once it fired', () => {
    expect(
      herinneringenNaAfsluiting(
        { soort: 'contactmoment', status: 'open' },
        { soort: 'contactmoment', vervaldatum: over14dagen },
        nu,
        interval,
      ),
    ).toEqual([{ soort: 'contactmoment', vervaldatum: over14dagen, gevraagd: true }]);
    // Fired: it planned its own next one then, which stays.
    expect(herinneringenNaAfsluiting({ soort: 'stilstand', status: 'open' }, undefined, nu, interval)).toEqual([]);
  });

  it('goes on with the series of one closed before it was due, unless the next one asked for is of its kind', () => {
    expect(herinneringenNaAfsluiting({ soort: 'stilstand', status: 'gepland' }, undefined, nu, interval)).toEqual([
      { soort: 'stilstand', vervaldatum: new Date('2027-02-01T10:00:00Z'), gevraagd: false },
    ]);
    expect(
      herinneringenNaAfsluiting(
        { soort: 'contactmoment', status: 'gepland' },
        { soort: 'stilstand', vervaldatum: over14dagen },
        nu,
        interval,
      ),
    ).toEqual([
      { soort: 'stilstand', vervaldatum: over14dagen, gevraagd: true },
      { soort: 'contactmoment', vervaldatum: new Date('2027-01-04T10:00:00Z'), gevraagd: false },
    ]);
    expect(
      herinneringenNaAfsluiting(
        { soort: 'contactmoment', status: 'gepland' },
        { soort: 'contactmoment', vervaldatum: over14dagen },
        nu,
        interval,
      ),
    ).toEqual([{ soort: 'contactmoment', vervaldatum: over14dagen, gevraagd: true }]);
  });
});
