import fc from 'fast-check';
import { deelPeriode } from './periode';

const dagen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / 86_400_000) + 1;

describe('splitting a period into whole months and edge days', () => {
  it('covers every day of the period exactly once', () => {
    const day = fc
      .integer({ min: 0, max: 3_000 })
      .map((n) => new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [van, tot] = a <= b ? [a, b] : [b, a];
        const { heleMaanden, losseDagen } = deelPeriode(van, tot);
        let covered = losseDagen.reduce((n, d) => n + dagen(d.van, d.tot), 0);
        if (heleMaanden) {
          const last = new Date(`${heleMaanden.tot}T00:00:00Z`);
          covered += dagen(
            heleMaanden.van,
            new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).toISOString().slice(0, 10),
          );
        }
        expect(covered).toBe(dagen(van, tot));
      }),
    );
  });

  it('uses only months for a period of whole months, only days for a short one', () => {
    expect(deelPeriode('2026-01-01', '2026-03-31')).toEqual({
      heleMaanden: { van: '2026-01-01', tot: '2026-03-01' },
      losseDagen: [],
    });
    expect(deelPeriode('2026-01-10', '2026-01-20')).toEqual({
      heleMaanden: null,
      losseDagen: [{ van: '2026-01-10', tot: '2026-01-20' }],
    });
    expect(deelPeriode('2026-01-10', '2026-03-05')).toEqual({
      heleMaanden: { van: '2026-02-01', tot: '2026-02-01' },
      losseDagen: [
        { van: '2026-01-10', tot: '2026-01-31' },
        { van: '2026-03-01', tot: '2026-03-05' },
      ],
    });
  });
});
