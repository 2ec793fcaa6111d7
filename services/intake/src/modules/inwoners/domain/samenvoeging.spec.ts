import { beoordeelSamenvoeging, overTeNemenToestemmingen, SamenvoegingGeweigerd, ZelfdeInwoner } from './samenvoeging';

const record = (id: string, over: Partial<Parameters<typeof beoordeelSamenvoeging>[0]> = {}) => ({
  id,
  heeftBsn: false,
  samengevoegdIn: null,
  anoniem: false,
  ...over,
});

describe('beoordeelSamenvoeging', () => {
  it('merges two records of which at most one has a BSN, and answers a repeat as done', () => {
    expect(beoordeelSamenvoeging(record('a', { heeftBsn: true }), record('b'))).toBe('samenvoegen');
    expect(beoordeelSamenvoeging(record('a'), record('b', { samengevoegdIn: 'a' }))).toBe('al-gedaan');
  });

  it('refuses a record with itself, two BSNs, merged-away records and, outside identification, anonymous ones', () => {
    expect(() => beoordeelSamenvoeging(record('a'), record('a'))).toThrow(ZelfdeInwoner);
    const geweigerd: [ReturnType<typeof record>, ReturnType<typeof record>][] = [
      [record('a', { heeftBsn: true }), record('b', { heeftBsn: true })],
      [record('a', { samengevoegdIn: 'c' }), record('b')],
      [record('a'), record('b', { samengevoegdIn: 'c' })],
      [record('a'), record('b', { anoniem: true })],
      [record('a', { anoniem: true }), record('b')],
    ];
    for (const [behouden, vervallen] of geweigerd)
      expect(() => beoordeelSamenvoeging(behouden, vervallen)).toThrow(SamenvoegingGeweigerd);
    expect(beoordeelSamenvoeging(record('a'), record('b', { anoniem: true }), true)).toBe('samenvoegen');
  });
});

describe('overTeNemenToestemmingen', () => {
  const stand = (doel: string, gegeven: boolean, gewijzigdOp: string) => ({ doel, gegeven, gewijzigdOp });

  it('takes over a purpose the kept record lacks, or a newer different decision, never an older one', () => {
    const behouden = [stand('x', true, '2026-01-02T00:00:00Z'), stand('y', false, '2026-01-01T00:00:00Z')];
    const vervallen = [
      stand('x', false, '2026-01-01T00:00:00Z'),
      stand('y', true, '2026-01-05T00:00:00Z'),
      stand('z', true, '2025-12-01T00:00:00Z'),
    ];
    expect(overTeNemenToestemmingen(behouden, vervallen).map((s) => s.doel)).toEqual(['y', 'z']);
  });
});
