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
  /** The day it is realised up to: a placement counts for the days it ran by then. */
  peildatum: string;
  gerealiseerdCenten: number;
  /** What the placements will have realised at the obligation's end if those still running run until then. */
  verwachtCenten: number;
  percentageGerealiseerd: number; // 0..∞ with two decimals, rounded down; above 100 when over-delivered
  aantalPlaatsingen: number;
  /** Placements counted at the lowest bouwblok until someone confirms their doelgroep ("doelgroep onbevestigd"). */
  doelgroepOnbevestigd: { aantalPlaatsingen: number; gerealiseerdCenten: number };
}

/**
 * Progress of an obligation on `peildatum`. Realised is what the placements' days up to that day are worth (the
 * obligation's period cut there: a running placement counts to it, one yet to start for nothing); expected runs the
 * placements still running on to the obligation's end. gerealiseerd is the exact sum of the per-placement values,
 * so a report's total always equals the sum of its lines; the percentage is computed from the integers, not floats.
 */
export function sroiVoortgang(
  verplichting: SroiVerplichting,
  plaatsingen: readonly SroiPlaatsing[],
  bouwblokken: Bouwblokken,
  peildatum: string,
): SroiVoortgang {
  const doelCenten = sroiDoel(verplichting.opdrachtwaardeCenten, verplichting.percentage);
  const totNu = {
    startdatum: verplichting.startdatum,
    einddatum: peildatum < verplichting.einddatum ? peildatum : verplichting.einddatum,
  };
  const waarden = plaatsingen.map((p) => sroiWaardeVanPlaatsing(p, totNu, bouwblokken));
  const verwachtCenten = sumCenten(plaatsingen.map((p) => sroiWaardeVanPlaatsing(p, verplichting, bouwblokken)));
  const gerealiseerdCenten = sumCenten(waarden);
  const onbevestigd = waarden.filter((_, i) => plaatsingen[i].doelgroep === null);
  const honderdstenProcent = doelCenten === 0 ? 0n : (BigInt(gerealiseerdCenten) * 10_000n) / BigInt(doelCenten);
  return {
    doelCenten,
    peildatum,
    gerealiseerdCenten,
    verwachtCenten,
    percentageGerealiseerd: Number(honderdstenProcent) / 100,
    aantalPlaatsingen: plaatsingen.length,
    doelgroepOnbevestigd: { aantalPlaatsingen: onbevestigd.length, gerealiseerdCenten: sumCenten(onbevestigd) },
  };
}
