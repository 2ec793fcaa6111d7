import { percentageOfCenten, sumCenten } from '@wiz/contracts';
import { Bouwblokken } from './bouwblokken';
import { SroiPeriode, SroiPlaatsing, sroiWaardeVanPlaatsing } from './sroi-waarde';

/** The obligation in cents: the contract value times the SROI percentage, rounded down to the cent. */
export function sroiDoel(opdrachtwaardeCenten: number, percentage: number): number {
  return percentageOfCenten(opdrachtwaardeCenten, percentage);
}

export interface SroiVerplichting extends SroiPeriode {
  opdrachtwaardeCenten: number;
  percentage: number;
}

export interface SroiVoortgang {
  doelCenten: number;
  gerealiseerdCenten: number;
  percentageGerealiseerd: number; // 0..∞ with two decimals, rounded down; above 100 when over-delivered
  aantalPlaatsingen: number;
  /** Placements counted at the lowest bouwblok until someone confirms their doelgroep ("doelgroep onbevestigd"). */
  doelgroepOnbevestigd: { aantalPlaatsingen: number; gerealiseerdCenten: number };
}

/**
 * Progress of an obligation. gerealiseerd is the exact sum of the per-placement values, so a report's total
 * always equals the sum of its lines; the percentage is computed from the integers, not from floats.
 */
export function sroiVoortgang(
  verplichting: SroiVerplichting,
  plaatsingen: readonly SroiPlaatsing[],
  bouwblokken: Bouwblokken,
): SroiVoortgang {
  const doelCenten = sroiDoel(verplichting.opdrachtwaardeCenten, verplichting.percentage);
  const waarden = plaatsingen.map((p) => sroiWaardeVanPlaatsing(p, verplichting, bouwblokken));
  const gerealiseerdCenten = sumCenten(waarden);
  const onbevestigd = waarden.filter((_, i) => plaatsingen[i].doelgroep === null);
  const honderdstenProcent = doelCenten === 0 ? 0n : (BigInt(gerealiseerdCenten) * 10_000n) / BigInt(doelCenten);
  return {
    doelCenten,
    gerealiseerdCenten,
    percentageGerealiseerd: Number(honderdstenProcent) / 100,
    aantalPlaatsingen: plaatsingen.length,
    doelgroepOnbevestigd: { aantalPlaatsingen: onbevestigd.length, gerealiseerdCenten: sumCenten(onbevestigd) },
  };
}
