import { z } from 'zod';

// Hours with decimals, counted exactly: an amount of hours is read from its decimal text into a whole number of
// tenths or hundredths of an hour, so hours never enter floating-point sums. Placements store hours a week in
// tenths (25.5, the afspraakbaan unit, is 255 tenths); reports that count half an afspraakbaan-week
// (25.5 / 2 = 12.75) and staff time in subsidy costs (7.25 h) need hundredths.

/** How many decimals an amount of hours may have: 1 counts in tenths, 2 in hundredths. */
export type UrenDecimalen = 1 | 2;

/** Hours that are negative, not finite, or have more decimals than their unit allows. */
export class OngeldigeUrenError extends RangeError {
  constructor(
    readonly uren: number,
    readonly decimalen: UrenDecimalen,
  ) {
    super(`hours must be >= 0 with at most ${decimalen === 1 ? 'one decimal' : 'two decimals'}, got ${uren}`);
    this.name = 'OngeldigeUrenError';
  }
}

const UREN_TEKST = /^(\d+)(?:\.(\d+))?$/;

function leesUren(uren: number, decimalen: UrenDecimalen): bigint | undefined {
  // String() gives the shortest text that round-trips, so 7.5 reads "7.5" and 0.1 + 0.2 reads
  // "0.30000000000000004", which is refused instead of being silently rounded; 1e21 and 1e-7 read in
  // exponent notation and are refused too.
  const match = Number.isFinite(uren) ? UREN_TEKST.exec(String(uren)) : null;
  const fractie = match?.[2] ?? '';
  if (!match || fractie.length > decimalen) return undefined;
  return BigInt(match[1]) * 10n ** BigInt(decimalen) + BigInt(fractie.padEnd(decimalen, '0'));
}

/** True when `uren` is a non-negative finite number with at most `decimalen` decimals (for validation). */
export function zijnGeldigeUren(uren: number, decimalen: UrenDecimalen): boolean {
  return leesUren(uren, decimalen) !== undefined;
}

/** Hours as an exact count of tenths (25.5 → 255n); throws OngeldigeUrenError for more than one decimal. */
export function urenInTienden(uren: number): bigint {
  const tienden = leesUren(uren, 1);
  if (tienden === undefined) throw new OngeldigeUrenError(uren, 1);
  return tienden;
}

/** Hours as an exact count of hundredths (12.75 → 1275n); throws OngeldigeUrenError for more than two decimals. */
export function urenInHonderdsten(uren: number): bigint {
  const honderdsten = leesUren(uren, 2);
  if (honderdsten === undefined) throw new OngeldigeUrenError(uren, 2);
  return honderdsten;
}

/**
 * Contract hours a week, as placements, vacancies and a consulent's record of someone's working hours take them:
 * more than 0, at most 60 (the Arbeidstijdenwet's weekly maximum), at most one decimal (25.5 is the afspraakbaan
 * unit), counted in tenths.
 */
export const UrenPerWeekSchema = z
  .number()
  .gt(0, 'must be more than 0')
  .max(60, 'must be at most 60')
  // Only the decimals are checked here: a negative amount is reported once, by gt(0).
  .refine((n) => zijnGeldigeUren(Math.abs(n), 1), 'must have at most one decimal');
