import { startTraject, sluitAf, TrajectRegelFout } from './traject';
import { vorigeWerkuren, type WerkurenInvoer } from './werkuren';

describe('vorigeWerkuren', () => {
  // Started on 1 March late in the evening UTC: 2 March in the region's calendar.
  const traject = startTraject('begeleiden', '2026-03-01T23:30:00.000Z');
  const laatste = { ingangsdatum: '2026-03-20', urenPerWeek: 16 };
  const vandaag = '2026-04-01';
  const vorige = (w: WerkurenInvoer) => vorigeWerkuren(traject, w, laatste, vandaag);
  // The first change a traject records: nothing recorded before it.
  const eerste = (w: WerkurenInvoer) => vorigeWerkuren(traject, w, undefined, vandaag);
  const veld = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(TrajectRegelFout);
      return (e as TrajectRegelFout).field?.name;
    }
    throw new Error('not refused');
  };

  it('takes the hours of the newest change, which the consulent may repeat but not contradict', () => {
    expect(vorige({ urenPerWeek: 24, ingangsdatum: vandaag })).toBe(16);
    expect(vorige({ urenPerWeek: 24, vorigeUrenPerWeek: 16, ingangsdatum: '2026-03-20' })).toBe(16);
    expect(veld(() => vorige({ urenPerWeek: 24, vorigeUrenPerWeek: 20, ingangsdatum: vandaag }))).toBe(
      'vorigeUrenPerWeek',
    );
    // Fewer hours are a change too (not a step forward; the monitor decides that).
    expect(vorige({ urenPerWeek: 12, ingangsdatum: vandaag })).toBe(16);
    // The first change names them.
    expect(eerste({ urenPerWeek: 24, vorigeUrenPerWeek: 20, ingangsdatum: vandaag })).toBe(20);
  });

  it('refuses a first change without hours before it, an unchanged number, the future, and what lies before the traject or its newest change', () => {
    expect(veld(() => eerste({ urenPerWeek: 24, ingangsdatum: vandaag }))).toBe('vorigeUrenPerWeek');
    expect(veld(() => vorige({ urenPerWeek: 16, ingangsdatum: vandaag }))).toBe('urenPerWeek');
    expect(veld(() => eerste({ urenPerWeek: 25.5, vorigeUrenPerWeek: 25.5, ingangsdatum: vandaag }))).toBe(
      'urenPerWeek',
    );
    expect(veld(() => vorige({ urenPerWeek: 24, ingangsdatum: '2026-04-02' }))).toBe('ingangsdatum');
    expect(veld(() => eerste({ urenPerWeek: 24, vorigeUrenPerWeek: 16, ingangsdatum: '2026-03-01' }))).toBe(
      'ingangsdatum',
    );
    expect(eerste({ urenPerWeek: 24, vorigeUrenPerWeek: 16, ingangsdatum: '2026-03-02' })).toBe(16);
    // Changes go in the order they apply: none before the newest recorded.
    expect(veld(() => vorige({ urenPerWeek: 24, ingangsdatum: '2026-03-19' }))).toBe('ingangsdatum');
  });

  it('refuses any change to a closed traject as a conflict', () => {
    const gesloten = sluitAf(traject, 'werk', '2026-03-10T10:00:00.000Z');
    expect(() => vorigeWerkuren(gesloten, { urenPerWeek: 24, ingangsdatum: '2026-03-05' }, laatste, vandaag)).toThrow(
      expect.objectContaining({ kind: 'conflict' }),
    );
  });
});
