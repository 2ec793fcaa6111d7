import fc from 'fast-check';
import { STAPPEN } from '@wiz/contracts';
import { sluitAf, startTraject, TrajectRegelFout, zetStap, wijzig } from './traject';
import { rondActiviteitAf } from './activiteit';

const stap = fc.constantFrom(...STAPPEN);

describe('traject transitions', () => {
  it('allows any move to another step (forward, back, skipping), keeps the history contiguous and bumps the version', () => {
    fc.assert(
      fc.property(stap, fc.array(stap, { maxLength: 12 }), (begin, moves) => {
        let t = startTraject(begin, '2026-01-01T00:00:00.000Z');
        moves.forEach((naar, i) => {
          if (naar === t.huidigeStap) return;
          t = zetStap(t, naar, `2026-02-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`);
        });
        expect(t.stappen.filter((p) => p.tot === null)).toHaveLength(1);
        expect(t.stappen.at(-1)!.stap).toBe(t.huidigeStap);
        for (let i = 1; i < t.stappen.length; i++) expect(t.stappen[i].van).toBe(t.stappen[i - 1].tot);
        expect(t.versie).toBe(t.stappen.length);
      }),
    );
  });

  it('refuses a move to the current step as bad input', () => {
    const t = startTraject('begeleiden', '2026-01-01T00:00:00.000Z');
    expect(() => zetStap(t, 'begeleiden', '2026-01-02T00:00:00.000Z')).toThrow(
      expect.objectContaining({ soort: 'ongeldig' }),
    );
  });

  it('closes with the open period ended, and then refuses every change as a conflict', () => {
    const t = sluitAf(zetStap(startTraject('orienteren', 'a'), 'matchen', 'b'), 'werk', 'c');
    expect(t.status).toBe('afgesloten');
    expect(t.stappen.every((p) => p.tot !== null)).toBe(true);
    for (const change of [() => zetStap(t, 'scholen', 'd'), () => sluitAf(t, 'anders', 'd'), () => wijzig(t)]) {
      expect(change).toThrow(TrajectRegelFout);
      expect(change).toThrow(expect.objectContaining({ soort: 'afgesloten' }));
    }
  });

  it('completes an activity once, not before it started', () => {
    expect(() => rondActiviteitAf({ startdatum: '2026-03-01', resultaat: 'behaald' }, '2026-04-01')).toThrow(
      expect.objectContaining({ soort: 'afgesloten' }),
    );
    expect(() => rondActiviteitAf({ startdatum: '2026-03-01', resultaat: null }, '2026-02-28')).toThrow(
      expect.objectContaining({ soort: 'ongeldig' }),
    );
    expect(() => rondActiviteitAf({ startdatum: '2026-03-01', resultaat: null }, '2026-03-01')).not.toThrow();
  });
});
