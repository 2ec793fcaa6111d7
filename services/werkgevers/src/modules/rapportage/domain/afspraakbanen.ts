import { urenInTienden } from '../../sroi/domain';

/**
 * The national counting unit of the banenafspraak: one afspraakbaan is a job of 25.5 hours a week, so hours
 * count, not only heads (domain.md, "Employers").
 */
export const AFSPRAAKBAAN_UREN = 25.5;
const AFSPRAAKBAAN_TIENDEN = urenInTienden(AFSPRAAKBAAN_UREN); // 255n

/**
 * Number of afspraakbanen the hours add up to, rounded down to 2 decimals (never report more than was made).
 * Hours are summed as integer tenths, so 0.1 + 0.2 style float errors cannot shift a result across a cent.
 */
export function afspraakbaanEenheden(urenPerWeek: readonly number[]): number {
  const tienden = urenPerWeek.reduce((som, uren) => som + urenInTienden(uren), 0n);
  const honderdsten = (tienden * 100n) / AFSPRAAKBAAN_TIENDEN;
  return Number(honderdsten) / 100;
}
