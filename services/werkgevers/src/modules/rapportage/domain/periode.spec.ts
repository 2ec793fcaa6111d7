import fc from 'fast-check';
import { overlaptPeriode } from './periode';

const Q1 = ['2026-01-01', '2026-03-31'] as const;

describe('overlap with a report period', () => {
  it.each([
    ['2025-06-01', '2025-12-31', false], // ends the day before
    ['2025-06-01', '2026-01-01', true], // ends on the first day
    ['2026-03-31', '2026-06-30', true], // starts on the last day
    ['2026-04-01', '2026-06-30', false], // starts the day after
    ['2025-01-01', '2027-01-01', true], // spans the period
    ['2026-02-01', '2026-02-01', true], // one day inside
  ])('%s..%s overlaps Q1: %p', (start, eind, verwacht) => {
    expect(overlaptPeriode(start, eind, ...Q1)).toBe(verwacht);
  });

  it('treats a missing end as still running', () => {
    expect(overlaptPeriode('2020-01-01', null, ...Q1)).toBe(true);
    expect(overlaptPeriode('2026-04-01', null, ...Q1)).toBe(false);
  });

  it('lets empty periods overlap nothing and refuses unreal dates', () => {
    expect(overlaptPeriode('2026-02-01', '2026-01-15', ...Q1)).toBe(false);
    expect(overlaptPeriode('2026-02-01', null, '2026-03-01', '2026-01-01')).toBe(false);
    expect(() => overlaptPeriode('2026-02-30', null, ...Q1)).toThrow(RangeError);
  });

  it('is true exactly when some day lies in both (property)', () => {
    const dag = fc.integer({ min: 0, max: 60 });
    const iso = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(dag, fc.option(dag, { nil: null }), dag, dag, (s, e, v, t) => {
        const gedeeld = Array.from({ length: 61 }, (_, d) => d).some(
          (d) => d >= s && (e === null || d <= e) && d >= v && d <= t,
        );
        expect(overlaptPeriode(iso(s), e === null ? null : iso(e), iso(v), iso(t))).toBe(gedeeld);
      }),
    );
  });
});
