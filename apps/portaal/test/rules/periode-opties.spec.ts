import { periodeOpties } from '../../src/pages/rapportages/api';

const waarden = (nu: string) => periodeOpties(new Date(nu)).map((o) => o.waarde);

describe('the report periods offered (periodeOpties)', () => {
  it('offers the periods of this year that have begun and all of last year, newest first', () => {
    expect(waarden('2026-08-15T10:00:00Z')).toEqual([
      ...['2026-H2', '2026-H1', '2026-Q3', '2026-Q2', '2026-Q1'],
      ...['2025-H2', '2025-H1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1'],
    ]);
  });

  it("counts the year in the region's calendar: at 00:30 on New Year's Day in the Netherlands it is the new year", () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Amsterdam.
    expect(waarden('2026-12-31T23:30:00Z').slice(0, 2)).toEqual(['2027-H1', '2027-Q1']);
    expect(waarden('2026-06-30T22:30:00Z').slice(0, 3)).toEqual(['2026-H2', '2026-H1', '2026-Q3']);
  });
});
