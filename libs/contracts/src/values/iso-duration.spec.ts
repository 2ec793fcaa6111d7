import { addIsoDuration, isIsoDuration, parseIsoDuration } from './iso-duration';

describe('ISO-8601 durations for timers', () => {
  it('adds calendar months the way a person expects, clamping to the end of the month', () => {
    expect(addIsoDuration(new Date('2026-03-01T00:00:00Z'), parseIsoDuration('P6M')).toISOString()).toBe(
      '2026-09-01T00:00:00.000Z',
    );
    expect(addIsoDuration(new Date('2026-08-31T00:00:00Z'), parseIsoDuration('P6M')).toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    );
    expect(addIsoDuration(new Date('2027-08-31T00:00:00Z'), parseIsoDuration('P6M')).toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });

  it('adds time parts exactly, for seconds-long test delays', () => {
    const start = new Date('2026-01-01T12:00:00Z');
    expect(addIsoDuration(start, parseIsoDuration('PT5S')).getTime() - start.getTime()).toBe(5_000);
    expect(addIsoDuration(start, parseIsoDuration('P1DT1H')).getTime() - start.getTime()).toBe(25 * 3_600_000);
    expect(addIsoDuration(start, parseIsoDuration('PT0.5S')).getTime() - start.getTime()).toBe(500);
  });

  it('refuses what is not a duration', () => {
    for (const bad of ['', 'P', '6M', 'PT', 'P1Y2', 'P-1M']) expect(isIsoDuration(bad)).toBe(false);
    expect(() => parseIsoDuration('zes maanden')).toThrow(RangeError);
    for (const good of ['P6M', 'P1Y', 'PT5S', 'P2W', 'P1DT2H3M4S']) expect(isIsoDuration(good)).toBe(true);
  });
});
