import fc from 'fast-check';
import { afspraakbanenStand } from './afspraakbanen';

const basis = { basisdatum: '2020-12-31', beginstand: 3001, beginstandEenheden: 2950.5, doel: 4500 };

describe('afspraakbanen as a running total', () => {
  it('adds placements started after the basisdatum up to the peildatum to the starting balance', () => {
    const plaatsingen = [
      { startdatum: '2020-12-31', urenPerWeek: 30 }, // on the basisdatum: already in the starting balance
      { startdatum: '2021-03-01', urenPerWeek: 25.5 },
      { startdatum: '2026-06-30', urenPerWeek: 12.75 },
      { startdatum: '2026-07-01', urenPerWeek: 40 }, // after the peildatum
    ];
    expect(afspraakbanenStand(basis, plaatsingen, '2026-06-30')).toEqual({
      basisdatum: '2020-12-31',
      beginstand: 3001,
      banen: 3003,
      eenheden: 2952,
      doel: 4500,
      doelEenheden: null,
    });
  });

  it('never falls when the peildatum moves on, whatever the placements', () => {
    const dag = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ startdatum: dag, urenPerWeek: fc.integer({ min: 1, max: 40 }) })),
        dag,
        dag,
        (ps, a, b) => {
          const [vroeg, laat] = a <= b ? [a, b] : [b, a];
          const eerder = afspraakbanenStand(basis, ps, vroeg);
          const later = afspraakbanenStand(basis, ps, laat);
          expect(later.banen).toBeGreaterThanOrEqual(eerder.banen);
          expect(later.eenheden).toBeGreaterThanOrEqual(eerder.eenheden);
        },
      ),
    );
  });
});
