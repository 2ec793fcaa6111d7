import { ConfigError } from '../config/load-config';
import { loadBewaartermijnen, parseBewaartermijn } from './bewaartermijnen';

describe('retention periods', () => {
  it('reads ISO-8601 date durations and counts them on the calendar', () => {
    const vijfJaar = parseBewaartermijn('P5Y')!;
    expect(vijfJaar.vervaltOp(new Date('2026-03-15T10:00:00Z')).toISOString()).toBe('2031-03-15T10:00:00.000Z');
    expect(vijfJaar.grens(new Date('2031-03-15T10:00:00Z')).toISOString()).toBe('2026-03-15T10:00:00.000Z');
    const gemengd = parseBewaartermijn('P1Y6M2W3D')!;
    expect([gemengd.jaren, gemengd.maanden, gemengd.dagen]).toEqual([1, 6, 17]);
    expect(gemengd.vervaltOp(new Date('2026-01-01T00:00:00Z')).toISOString()).toBe('2027-07-18T00:00:00.000Z');
    expect(parseBewaartermijn('P18M')!.grens(new Date('2026-12-03T00:00:00Z')).toISOString()).toBe(
      '2025-06-03T00:00:00.000Z',
    );
  });

  it.each(['', 'P', 'P0Y', '5Y', 'P5', 'PT5H', 'P1.5Y', 'P-1Y', 'p5y', 'P5Y junk'])('refuses %p', (text) => {
    expect(parseBewaartermijn(text)).toBeUndefined();
  });

  it('takes the defaults, a variable per kind, and the service-prefixed variable before the general one', () => {
    const config = loadBewaartermijnen(
      'intake',
      { identiteit: 'P5Y', 'identiteits-controles': 'P1Y', aanmeldingen: 'P5Y' },
      { BEWAARTERMIJN_IDENTITEIT: 'P2Y', BEWAARTERMIJN_AANMELDINGEN: 'P3Y', INTAKE_BEWAARTERMIJN_AANMELDINGEN: 'P7Y' },
    );
    expect(config.termijnen.identiteit.iso).toBe('P2Y');
    expect(config.termijnen['identiteits-controles'].iso).toBe('P1Y');
    expect(config.termijnen.aanmeldingen.iso).toBe('P7Y');
    expect(config.tijdstip).toEqual({ uur: 2, minuut: 30 });
    expect(config.tijdzone).toBe('Europe/Amsterdam');
  });

  it('refuses to start on a wrong value, naming every bad variable at once', () => {
    const load = () =>
      loadBewaartermijnen(
        'trajecten',
        { trajecten: 'P5Y', journaal: 'P5Y' },
        {
          BEWAARTERMIJN_TRAJECTEN: '5 jaar',
          TRAJECTEN_BEWAARTERMIJN_JOURNAAL: 'P0D',
          BEWAARTERMIJN_TIJDSTIP: '25:00',
          BEWAARTERMIJN_TIJDZONE: 'Europe/Nergens',
        },
      );
    expect(load).toThrow(ConfigError);
    try {
      load();
    } catch (err) {
      const problems = (err as ConfigError).problems.join('\n');
      expect(problems).toMatch(/BEWAARTERMIJN_TRAJECTEN: must be an ISO-8601 duration.*"5 jaar"/);
      expect(problems).toMatch(/TRAJECTEN_BEWAARTERMIJN_JOURNAAL: .*"P0D"/);
      expect(problems).toMatch(/BEWAARTERMIJN_TIJDSTIP: must be a time of day HH:MM/);
      expect(problems).toMatch(/BEWAARTERMIJN_TIJDZONE: not a known IANA time zone/);
    }
  });

  it('refuses a wrong default of the service itself', () => {
    expect(() => loadBewaartermijnen('werkgevers', { plaatsingen: 'vijf jaar' }, {})).toThrow(/default of plaatsingen/);
  });
});
