import { urenInHonderdsten } from '@wiz/contracts';

/**
 * The national counting unit of the banenafspraak: one afspraakbaan is a job of 25.5 hours a week, so hours
 * count, not only heads (domain.md, "Employers").
 */
export const AFSPRAAKBAAN_UREN = 25.5;
const AFSPRAAKBAAN_HONDERDSTEN = urenInHonderdsten(AFSPRAAKBAAN_UREN); // 2550n

/**
 * Number of afspraakbanen the hours add up to, rounded down to 2 decimals (never report more than was made).
 * Hours are summed as integers, so a float sum such as 15 × 1.7 = 25.499… cannot drop 1.00 to 0.99.
 */
export function afspraakbaanEenheden(urenPerWeek: readonly number[]): number {
  const honderdstenUren = urenPerWeek.reduce((som, uren) => som + urenInHonderdsten(uren), 0n);
  const honderdstenBaan = (honderdstenUren * 100n) / AFSPRAAKBAAN_HONDERDSTEN;
  return Number(honderdstenBaan) / 100;
}
