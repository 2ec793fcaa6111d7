import type { Indicatoren } from './indicatoren';
import type { Uitsluiting } from './uitsluitingsreden';

export interface DeclaratieResultaat {
  /** Ids of the included lines, in the order they were added. */
  opgenomen: string[];
  uitgesloten: Uitsluiting[];
  directePersoneelskostenCenten: number;
  flatRateCenten: number;
  subsidiabelCenten: number;
  bijdrageCenten: number;
  indicatoren: Indicatoren;
}

/** The claim period; when given, every line must lie inside it (the caller selects the candidates). */
export interface Claimperiode {
  periodeVan: string;
  periodeTot: string;
}
