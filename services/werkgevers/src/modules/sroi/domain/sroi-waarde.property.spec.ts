import fc from 'fast-check';
import { datumNa, uren, periode, plaatsing, bouwblokken } from './sroi.testdata';
const dagenTussen = (van: string, tot: string) => Math.round((Date.parse(tot) - Date.parse(van)) / 86_400_000);
import { sroiWaardeVanPlaatsing } from './sroi-waarde';

/** Overlap in days computed the slow way, through Date, independent of the code under test. */
function overlapDagen(
  p: { startdatum: string; einddatum: string | null },
  v: { startdatum: string; einddatum: string },
): number {
  const van = p.startdatum > v.startdatum ? p.startdatum : v.startdatum;
  const eind = p.einddatum ?? v.einddatum;
  const tot = eind < v.einddatum ? eind : v.einddatum;
  return van > tot ? 0 : dagenTussen(van, tot) + 1;
}

describe('SROI value of a placement: properties', () => {
  it('is a safe, non-negative integer and never above bouwblok × overlap days / 365', () => {
    fc.assert(
      fc.property(plaatsing, periode, bouwblokken, (p, v, bb) => {
        const waarde = sroiWaardeVanPlaatsing(p, v, bb);
        expect(Number.isSafeInteger(waarde)).toBe(true);
        expect(waarde).toBeGreaterThanOrEqual(0);
        const plafond = (BigInt(bb[p.doelgroep]) * BigInt(overlapDagen(p, v))) / 365n;
        expect(BigInt(waarde) <= plafond).toBe(true);
      }),
    );
  });

  it('equals the exact formula with hours capped at 36', () => {
    fc.assert(
      fc.property(plaatsing, periode, bouwblokken, (p, v, bb) => {
        const tienden = BigInt(Math.min(Math.round(p.urenPerWeek * 10), 360));
        const verwacht = (BigInt(bb[p.doelgroep]) * tienden * BigInt(overlapDagen(p, v))) / (360n * 365n);
        expect(sroiWaardeVanPlaatsing(p, v, bb)).toBe(Number(verwacht));
      }),
    );
  });

  it('never gives less for more hours, and is flat from 36 hours on', () => {
    fc.assert(
      fc.property(plaatsing, uren, periode, bouwblokken, (p, andereUren, v, bb) => {
        const [laag, hoog] = p.urenPerWeek <= andereUren ? [p.urenPerWeek, andereUren] : [andereUren, p.urenPerWeek];
        const waardeLaag = sroiWaardeVanPlaatsing({ ...p, urenPerWeek: laag }, v, bb);
        const waardeHoog = sroiWaardeVanPlaatsing({ ...p, urenPerWeek: hoog }, v, bb);
        expect(waardeHoog).toBeGreaterThanOrEqual(waardeLaag);
        if (laag >= 36) expect(waardeHoog).toBe(waardeLaag);
      }),
    );
  });

  it('is 0 when the placement ends before or starts after the obligation', () => {
    fc.assert(
      fc.property(
        plaatsing,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        bouwblokken,
        (p, gat, lengte, bb) => {
          const start = datumNa(4_000);
          const verplichting = { startdatum: start, einddatum: datumNa(4_000 + lengte) };
          const ervoor = { ...p, startdatum: datumNa(4_000 - gat - 10), einddatum: datumNa(4_000 - gat) };
          const erna = { ...p, startdatum: datumNa(4_000 + lengte + gat), einddatum: null };
          expect(sroiWaardeVanPlaatsing(ervoor, verplichting, bb)).toBe(0);
          expect(sroiWaardeVanPlaatsing(erna, verplichting, bb)).toBe(0);
        },
      ),
    );
  });
});
