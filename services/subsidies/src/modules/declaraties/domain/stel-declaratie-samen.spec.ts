import { DeclaratieAccumulator } from './declaratie-accumulator';
import {
  deelnemer,
  deelnemersVan,
  GRONINGER,
  ingediend,
  JTF,
  kostenregel,
  NIETS_INGEDIEND,
} from './declaratie.testdata';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';
import { stelDeclaratieSamen } from './stel-declaratie-samen';

const periode = { periodeVan: '2026-01-01', periodeTot: '2026-12-31' };
const samen = (regeling: Regeling, kandidaten: Kostenregel[], i = NIETS_INGEDIEND) =>
  stelDeclaratieSamen({ regeling, ...periode, kandidaten, deelnemers: deelnemersVan(deelnemer()), ingediend: i });

describe('stelDeclaratieSamen: the money', () => {
  it('adds the flat rate on included personeel lines, which covers every other kind (art. 56), then co-finances', () => {
    const regeling: Regeling = { ...JTF, cofinancieringspercentage: 62.5, flatRatePercentage: 40 };
    const r = samen(regeling, [
      kostenregel({
        id: 'personeel',
        soort: 'personeel',
        bedragCenten: 34_252,
        inwonerId: GRONINGER,
        bewijsstuk: 'urenstaat-1',
      }),
      kostenregel({ id: 'opleiding', bedragCenten: 100_001, inwonerId: GRONINGER }),
      kostenregel({ id: 'materiaal', soort: 'materiaal', bedragCenten: 999, bewijsstuk: 'bon-1' }),
      kostenregel({ id: 'personeel-zonder-bewijs', soort: 'personeel', bedragCenten: 50_000, bewijsstuk: undefined }),
    ]);
    expect(r.opgenomen).toEqual(['personeel']);
    expect(r.uitgesloten).toEqual([
      { kostenregelId: 'opleiding', reden: 'gedekt-door-flat-rate' },
      { kostenregelId: 'materiaal', reden: 'gedekt-door-flat-rate' },
      { kostenregelId: 'personeel-zonder-bewijs', reden: 'geen-bewijsstuk' },
    ]);
    expect(r.directePersoneelskostenCenten).toBe(34_252);
    expect(r.flatRateCenten).toBe(13_700); // floor(34,252 × 0.4) = floor(13,700.8)
    expect(r.subsidiabelCenten).toBe(34_252 + 13_700);
    expect(r.bijdrageCenten).toBe(29_970); // 47,952 × 0.625, exact here; rounding down is the next test
  });

  it('has no flat rate when the regeling has none', () => {
    const r = samen(JTF, [kostenregel({ soort: 'personeel', bedragCenten: 10_000 })]);
    expect([r.directePersoneelskostenCenten, r.flatRateCenten, r.subsidiabelCenten]).toEqual([10_000, 0, 10_000]);
  });

  it('rounds co-financing down to the cent: 60% of 1 cent is 0, 62.5% of 333 is 208', () => {
    expect(samen(JTF, [kostenregel({ bedragCenten: 1 })]).bijdrageCenten).toBe(0);
    expect(
      samen({ ...JTF, cofinancieringspercentage: 62.5 }, [kostenregel({ bedragCenten: 333 })]).bijdrageCenten,
    ).toBe(208);
  });

  it('computes percentages on exact integers where floating point would lose a cent', () => {
    // In floating point 6,000 × 1.15 / 100 is 68.99999999999999, and 10,000 × 0.57 / 100 is 56.99999999999999.
    const r = samen({ ...JTF, flatRatePercentage: 1.15 }, [kostenregel({ soort: 'personeel', bedragCenten: 6_000 })]);
    expect(r.flatRateCenten).toBe(69);
    expect(
      samen({ ...JTF, cofinancieringspercentage: 0.57 }, [kostenregel({ bedragCenten: 10_000 })]).bijdrageCenten,
    ).toBe(57);
  });

  it('is all zeros for no candidates', () => {
    const r = samen({ ...JTF, flatRatePercentage: 40 }, []);
    expect(r).toMatchObject({
      opgenomen: [],
      uitgesloten: [],
      subsidiabelCenten: 0,
      bijdrageCenten: 0,
      flatRateCenten: 0,
    });
  });
});

describe('stelDeclaratieSamen: caller mistakes stop the compilation', () => {
  it('refuses a line added twice, a line of another regeling and a line outside the claim period', () => {
    expect(() => samen(JTF, [kostenregel(), kostenregel()])).toThrow(/added twice/);
    expect(() => samen(JTF, [kostenregel({ regelingCode: 'NPG' })])).toThrow(/belongs to NPG/);
    expect(() => samen(JTF, [kostenregel({ datum: '2027-01-01' })])).toThrow(/outside the claim period/);
  });

  it('refuses fractional or negative amounts, bad percentages and a reversed period', () => {
    expect(() => samen(JTF, [kostenregel({ bedragCenten: 12.5 })])).toThrow(RangeError);
    expect(() => samen(JTF, [kostenregel({ bedragCenten: -1 })])).toThrow(RangeError);
    expect(() => samen({ ...JTF, cofinancieringspercentage: 100.01 }, [])).toThrow(/at most 100/);
    expect(() => samen({ ...JTF, flatRatePercentage: 40.001 }, [])).toThrow(RangeError);
    expect(() =>
      stelDeclaratieSamen({
        regeling: JTF,
        periodeVan: '2026-02-01',
        periodeTot: '2026-01-31',
        kandidaten: [],
        deelnemers: new Map(),
        ingediend: NIETS_INGEDIEND,
      }),
    ).toThrow(RangeError);
  });
});

describe('DeclaratieAccumulator', () => {
  it('returns each judgement, and a result that later lines do not change', () => {
    const acc = new DeclaratieAccumulator(JTF, deelnemersVan(deelnemer()), ingediend(['k2']));
    expect(acc.voegToe(kostenregel({ id: 'k1' }))).toEqual({ opgenomen: true });
    expect(acc.voegToe(kostenregel({ id: 'k2' }))).toEqual({ opgenomen: false, reden: 'al-gedeclareerd' });
    const tussenstand = acc.resultaat();
    acc.voegToe(kostenregel({ id: 'k3', bewijsstuk: 'factuur-3' }));
    expect([tussenstand.opgenomen, tussenstand.subsidiabelCenten]).toEqual([['k1'], 1_000]);
    expect([acc.resultaat().opgenomen, acc.resultaat().subsidiabelCenten]).toEqual([['k1', 'k3'], 2_000]);
  });
});
