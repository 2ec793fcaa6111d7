import { leesPeriode, RapportperiodeSchema } from './rapportperiode';

describe('report period', () => {
  it.each([
    ['2026-H1', '2026-01-01', '2026-06-30'],
    ['2026-H2', '2026-07-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2026-Q2', '2026-04-01', '2026-06-30'],
    ['2026-Q3', '2026-07-01', '2026-09-30'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
  ])('%s covers %s through %s', (code, van, tot) => {
    expect(leesPeriode(code)).toEqual({ code, van, tot });
  });

  it.each(['2026-H3', '2026-Q5', '2026-h1', '2026', '2026-H1 ', '26-H1', '2026-Q0', ''])('refuses %j', (code) => {
    expect(RapportperiodeSchema.safeParse(code).success).toBe(false);
    expect(() => leesPeriode(code)).toThrow();
  });
});
