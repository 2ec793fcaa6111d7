import { SroiDoelgroepSchema, SroiDoelgroep } from './sroi-doelgroep';
import { Bouwblokken, laagsteBouwblok } from './bouwblokken';
import { overlapInDagen } from './dagen';
import { urenInTienden } from '@wiz/contracts';

/**
 * Hours of a full-time week for pro-rating. Dutch collective agreements put full time at 36 to 40 hours; the
 * regions commonly count 36, so a 36-hour placement is worth a whole bouwblok and more hours add nothing.
 */
export const VOLTIJD_UREN = 36;
const VOLTIJD_TIENDEN = BigInt(VOLTIJD_UREN * 10);
const DAGEN_PER_JAAR = 365n; // bouwblokken are per person-year; a day is 1/365 of one, also in leap years

export interface SroiPlaatsing {
  doelgroep: SroiDoelgroep | null; // null: not confirmed nor derivable, valued at the lowest bouwblok
  urenPerWeek: number; // at most one decimal, e.g. 25.5
  startdatum: string;
  einddatum: string | null; // null: still running, counts to the end of the period it is valued over
}

export interface SroiPeriode {
  startdatum: string;
  einddatum: string;
}

/**
 * Value in cents a placement contributes to an obligation:
 * floor(bouwblok × min(uren, 36) × overlapDagen / (36 × 365)), exact in BigInt with hours in tenths.
 * Rounding down once, at the end, means a placement never counts for more than it is worth. A placement whose
 * doelgroep nobody confirmed and intake's data cannot tell counts at the lowest bouwblok, for the same reason.
 */
export function sroiWaardeVanPlaatsing(
  plaatsing: SroiPlaatsing,
  verplichting: SroiPeriode,
  bouwblokken: Bouwblokken,
): number {
  const bouwblok =
    plaatsing.doelgroep === null
      ? laagsteBouwblok(bouwblokken)
      : bouwblokken[SroiDoelgroepSchema.parse(plaatsing.doelgroep)];
  if (!Number.isSafeInteger(bouwblok) || bouwblok < 0) {
    throw new RangeError(`bouwblok for ${plaatsing.doelgroep} must be non-negative whole cents, got ${bouwblok}`);
  }
  const tienden = urenInTienden(plaatsing.urenPerWeek);
  const gecapteTienden = tienden > VOLTIJD_TIENDEN ? VOLTIJD_TIENDEN : tienden;
  const dagen = overlapInDagen(
    { van: plaatsing.startdatum, tot: plaatsing.einddatum ?? verplichting.einddatum },
    { van: verplichting.startdatum, tot: verplichting.einddatum },
  );
  const waarde = (BigInt(bouwblok) * gecapteTienden * BigInt(dagen)) / (VOLTIJD_TIENDEN * DAGEN_PER_JAAR);
  if (waarde > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('SROI value exceeds the safe integer range');
  return Number(waarde);
}
