import fc from 'fast-check';
import { periode, plaatsing, bouwblokken } from './sroi.testdata';
import { STANDAARD_BOUWBLOKKEN } from './bouwblokken';
import { sroiWaardeVanPlaatsing } from './sroi-waarde';
import { sroiDoel, sroiVoortgang } from './sroi-voortgang';

const jaar = { startdatum: '2025-01-01', einddatum: '2025-12-31' };

describe('SROI obligation and progress', () => {
  it('sets the obligation at the percentage of the contract value, in cents', () => {
    expect(sroiDoel(100_000_000, 5)).toBe(5_000_000); // 5% of €1,000,000.00
    expect(sroiDoel(333, 12.5)).toBe(41); // 41.625 rounded down
  });

  it('reports 30% for 1_500_000 realised against 5_000_000', () => {
    const voortgang = sroiVoortgang(
      { opdrachtwaardeCenten: 100_000_000, percentage: 5, ...jaar },
      [{ doelgroep: 'participatiewet-kort', urenPerWeek: 18, startdatum: '2025-01-01', einddatum: null }],
      STANDAARD_BOUWBLOKKEN,
      jaar.einddatum,
    );
    expect(voortgang).toEqual({
      doelCenten: 5_000_000,
      peildatum: '2025-12-31',
      gerealiseerdCenten: 1_500_000,
      verwachtCenten: 1_500_000,
      percentageGerealiseerd: 30,
      aantalPlaatsingen: 1,
      doelgroepOnbevestigd: { aantalPlaatsingen: 0, gerealiseerdCenten: 0 },
    });
  });

  it('rounds the percentage down to two decimals and reports 0% for a zero obligation', () => {
    const plaatsing = { doelgroep: 'ww' as const, urenPerWeek: 36, startdatum: '2025-01-01', einddatum: null };
    // 1_250_000 of 3_000_000 = 41.666…%
    expect(
      sroiVoortgang(
        { opdrachtwaardeCenten: 60_000_000, percentage: 5, ...jaar },
        [plaatsing],
        STANDAARD_BOUWBLOKKEN,
        jaar.einddatum,
      ).percentageGerealiseerd,
    ).toBe(41.66);
    expect(
      sroiVoortgang(
        { opdrachtwaardeCenten: 0, percentage: 5, ...jaar },
        [plaatsing],
        STANDAARD_BOUWBLOKKEN,
        '2026-06-30',
      ),
    ).toEqual({
      doelCenten: 0,
      peildatum: '2026-06-30',
      gerealiseerdCenten: 1_250_000,
      verwachtCenten: 1_250_000,
      percentageGerealiseerd: 0,
      aantalPlaatsingen: 1,
      doelgroepOnbevestigd: { aantalPlaatsingen: 0, gerealiseerdCenten: 0 },
    });
  });

  it('counts a placement of unknown doelgroep at the lowest bouwblok and shows it as onbevestigd', () => {
    const bb = { ...STANDAARD_BOUWBLOKKEN, 'geen-uitkering': 1_100_000, ww: 900_000 };
    const voortgang = sroiVoortgang(
      { opdrachtwaardeCenten: 100_000_000, percentage: 5, ...jaar },
      [
        { doelgroep: null, urenPerWeek: 36, startdatum: '2025-01-01', einddatum: null },
        { doelgroep: 'participatiewet-lang', urenPerWeek: 18, startdatum: '2025-01-01', einddatum: null },
      ],
      bb,
      jaar.einddatum,
    );
    expect(voortgang).toMatchObject({
      gerealiseerdCenten: 900_000 + 2_000_000,
      aantalPlaatsingen: 2,
      doelgroepOnbevestigd: { aantalPlaatsingen: 1, gerealiseerdCenten: 900_000 },
    });
  });

  it('never values an unknown doelgroep above a known one, and splits out exactly the unconfirmed part', () => {
    const onbekend = plaatsing.map((p) => ({ ...p, doelgroep: null }));
    fc.assert(
      fc.property(periode, plaatsing, bouwblokken, (v, p, bb) => {
        expect(sroiWaardeVanPlaatsing({ ...p, doelgroep: null }, v, bb)).toBeLessThanOrEqual(
          sroiWaardeVanPlaatsing(p, v, bb),
        );
      }),
    );
    fc.assert(
      fc.property(periode, fc.array(fc.oneof(plaatsing, onbekend), { maxLength: 12 }), bouwblokken, (v, lijst, bb) => {
        const voortgang = sroiVoortgang({ opdrachtwaardeCenten: 1e9, percentage: 5, ...v }, lijst, bb, v.einddatum);
        const zonder = lijst.filter((p) => p.doelgroep === null);
        expect(voortgang.doelgroepOnbevestigd.aantalPlaatsingen).toBe(zonder.length);
        expect(voortgang.doelgroepOnbevestigd.gerealiseerdCenten).toBe(
          zonder.reduce((s, p) => s + sroiWaardeVanPlaatsing(p, v, bb), 0),
        );
      }),
    );
  });

  it('realises exactly the BigInt sum of the placement values, in safe integers', () => {
    const verplichting = periode.chain((v) =>
      fc
        .record({
          opdrachtwaardeCenten: fc.integer({ min: 0, max: 1e12 }),
          percentage: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
        })
        .map((geld) => ({ ...geld, ...v })),
    );
    fc.assert(
      fc.property(verplichting, fc.array(plaatsing, { maxLength: 20 }), bouwblokken, (v, plaatsingen, bb) => {
        const voortgang = sroiVoortgang(v, plaatsingen, bb, v.einddatum);
        const som = plaatsingen.reduce((s, p) => s + BigInt(sroiWaardeVanPlaatsing(p, v, bb)), 0n);
        expect(BigInt(voortgang.gerealiseerdCenten)).toBe(som);
        expect(voortgang.aantalPlaatsingen).toBe(plaatsingen.length);
        expect(Number.isSafeInteger(voortgang.doelCenten)).toBe(true);
        expect(Number.isSafeInteger(voortgang.gerealiseerdCenten)).toBe(true);
        const honderdsten = voortgang.doelCenten === 0 ? 0n : (som * 10_000n) / BigInt(voortgang.doelCenten);
        expect(Math.round(voortgang.percentageGerealiseerd * 100)).toBe(Number(honderdsten));
        expect(Number.isSafeInteger(Math.round(voortgang.percentageGerealiseerd * 100))).toBe(true);
      }),
    );
  });

  it('realises only the days up to the peildatum: a running placement to that day, one yet to start nothing', () => {
    const verplichting = { opdrachtwaardeCenten: 100_000_000, percentage: 5, ...jaar };
    const lopend = {
      doelgroep: 'participatiewet-kort' as const,
      urenPerWeek: 36,
      startdatum: '2025-01-01',
      einddatum: null,
    };
    const later = { ...lopend, startdatum: '2025-10-01' };
    const v = sroiVoortgang(verplichting, [lopend, later], STANDAARD_BOUWBLOKKEN, '2025-03-31');
    // 90 of 365 days of €30,000; the one from October nothing yet. Expected: both run to the end of December.
    expect(v.gerealiseerdCenten).toBe(Math.floor((3_000_000 * 90) / 365));
    expect(v.verwachtCenten).toBe(3_000_000 + Math.floor((3_000_000 * 92) / 365));
    expect(v.percentageGerealiseerd).toBe(14.79);
    // Before the obligation starts nothing is realised; after it ends, what ran inside it.
    expect(sroiVoortgang(verplichting, [lopend], STANDAARD_BOUWBLOKKEN, '2024-12-31').gerealiseerdCenten).toBe(0);
    expect(sroiVoortgang(verplichting, [lopend], STANDAARD_BOUWBLOKKEN, '2027-01-01').gerealiseerdCenten).toBe(
      3_000_000,
    );
  });
});
