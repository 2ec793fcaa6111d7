import { STANDAARD_BOUWBLOKKEN } from './bouwblokken';
import { sroiWaardeVanPlaatsing } from './sroi-waarde';

const jaar = { startdatum: '2025-01-01', einddatum: '2025-12-31' }; // 365 days
const kort = (urenPerWeek: number, startdatum = '2025-01-01', einddatum: string | null = null) => ({
  doelgroep: 'participatiewet-kort' as const,
  urenPerWeek,
  startdatum,
  einddatum,
});

describe('SROI value of a placement: worked examples', () => {
  it('is a whole bouwblok for 36 hours over a whole 365-day obligation', () => {
    expect(sroiWaardeVanPlaatsing(kort(36), jaar, STANDAARD_BOUWBLOKKEN)).toBe(3_000_000);
  });

  it('is half a bouwblok at 18 hours', () => {
    expect(sroiWaardeVanPlaatsing(kort(18), jaar, STANDAARD_BOUWBLOKKEN)).toBe(1_500_000);
  });

  it('pro-rates 25.5 hours over 73 days, rounded down once', () => {
    const verwacht = Number((3_000_000n * 255n * 73n) / (360n * 365n));
    expect(sroiWaardeVanPlaatsing(kort(25.5, '2025-03-01', '2025-05-12'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(verwacht);
    expect(verwacht).toBe(425_000); // 3_000_000 × 25.5/36 × 73/365 happens to be whole
    // 10 days is not whole: 58_219.17… cents, rounded down
    expect(sroiWaardeVanPlaatsing(kort(25.5, '2025-03-01', '2025-03-10'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(58_219);
  });

  it('counts only the days inside the obligation, and an open placement to its end', () => {
    expect(sroiWaardeVanPlaatsing(kort(36, '2024-06-01', '2025-01-31'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(
      Math.floor((3_000_000 * 31) / 365),
    );
    expect(sroiWaardeVanPlaatsing(kort(36, '2025-12-01'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(
      Math.floor((3_000_000 * 31) / 365),
    );
  });

  it('is 0 without overlap, and refuses hours with two decimals or an unknown doelgroep', () => {
    expect(sroiWaardeVanPlaatsing(kort(36, '2024-01-01', '2024-12-31'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(0);
    expect(sroiWaardeVanPlaatsing(kort(36, '2026-01-01'), jaar, STANDAARD_BOUWBLOKKEN)).toBe(0);
    expect(() => sroiWaardeVanPlaatsing(kort(25.55), jaar, STANDAARD_BOUWBLOKKEN)).toThrow(RangeError);
    expect(() =>
      sroiWaardeVanPlaatsing({ ...kort(36), doelgroep: 'onbekend' as never }, jaar, STANDAARD_BOUWBLOKKEN),
    ).toThrow();
  });
});
