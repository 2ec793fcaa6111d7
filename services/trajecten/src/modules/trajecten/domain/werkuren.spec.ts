import { startTraject, sluitAf, TrajectRegelFout } from './traject';
import { vorigeWerkuren } from './werkuren';

describe('vorigeWerkuren', () => {
  // Started on 1 March late in the evening UTC: 2 March in the region's calendar.
  const traject = startTraject('begeleiden', '2026-03-01T23:30:00.000Z');
  const veld = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(TrajectRegelFout);
      return (e as TrajectRegelFout).field?.name;
    }
    throw new Error('not refused');
  };

  it('takes the hours in force unless the consulent names them', () => {
    expect(vorigeWerkuren(traject, { urenPerWeek: 24, ingangsdatum: '2026-04-01' }, 16, '2026-04-01')).toBe(16);
    expect(
      vorigeWerkuren(traject, { urenPerWeek: 24, vorigeUrenPerWeek: 20, ingangsdatum: '2026-04-01' }, 16, '2026-04-01'),
    ).toBe(20);
    // Fewer hours are a change too (not a step forward; the monitor decides that).
    expect(vorigeWerkuren(traject, { urenPerWeek: 12, ingangsdatum: '2026-04-01' }, 16, '2026-04-01')).toBe(16);
  });

  it('refuses a change without hours before it, an unchanged number, the future and the time before the traject', () => {
    expect(
      veld(() => vorigeWerkuren(traject, { urenPerWeek: 24, ingangsdatum: '2026-04-01' }, undefined, '2026-04-01')),
    ).toBe('vorigeUrenPerWeek');
    expect(
      veld(() => vorigeWerkuren(traject, { urenPerWeek: 25.5, ingangsdatum: '2026-04-01' }, 25.5, '2026-04-01')),
    ).toBe('urenPerWeek');
    expect(veld(() => vorigeWerkuren(traject, { urenPerWeek: 24, ingangsdatum: '2026-04-02' }, 16, '2026-04-01'))).toBe(
      'ingangsdatum',
    );
    expect(veld(() => vorigeWerkuren(traject, { urenPerWeek: 24, ingangsdatum: '2026-03-01' }, 16, '2026-04-01'))).toBe(
      'ingangsdatum',
    );
    expect(vorigeWerkuren(traject, { urenPerWeek: 24, ingangsdatum: '2026-03-02' }, 16, '2026-04-01')).toBe(16);
  });

  it('refuses any change to a closed traject as a conflict', () => {
    const gesloten = sluitAf(traject, 'werk', '2026-03-10T10:00:00.000Z');
    expect(() => vorigeWerkuren(gesloten, { urenPerWeek: 24, ingangsdatum: '2026-03-05' }, 16, '2026-04-01')).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });
});
