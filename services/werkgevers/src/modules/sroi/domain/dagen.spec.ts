import fc from 'fast-check';
import { dagnummer, overlapInDagen } from './dagen';

describe('day arithmetic', () => {
  it('numbers days like Date.UTC for every day of 1000–9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 }),
        (dag) => {
          expect(dagnummer(new Date(dag * 86_400_000).toISOString().slice(0, 10))).toBe(dag);
        },
      ),
    );
  });

  it('handles years before 100, which Date.UTC maps to the 1900s', () => {
    expect(dagnummer('0050-03-01') - dagnummer('0050-02-28')).toBe(1); // 50 is no leap year
    expect(dagnummer('0048-03-01') - dagnummer('0048-02-28')).toBe(2);
    expect(() => dagnummer('2025-02-29')).toThrow(RangeError);
  });

  it('counts shared days inclusively', () => {
    const jaar = { van: '2025-01-01', tot: '2025-12-31' };
    expect(overlapInDagen(jaar, jaar)).toBe(365);
    expect(overlapInDagen(jaar, { van: '2025-12-31', tot: '2026-06-30' })).toBe(1);
    expect(overlapInDagen(jaar, { van: '2026-01-01', tot: '2026-06-30' })).toBe(0);
    expect(overlapInDagen(jaar, { van: '2025-06-10', tot: '2025-06-01' })).toBe(0);
  });
});
