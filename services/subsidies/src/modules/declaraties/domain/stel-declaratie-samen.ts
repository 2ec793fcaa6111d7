import { DeclaratieAccumulator } from './declaratie-accumulator';
import type { Claimperiode, DeclaratieResultaat } from './declaratie-resultaat';
import type { Deelnemer } from './deelnemer';
import type { Ingediend } from './ingediend';
import type { Kostenregel } from './kostenregel';
import type { Regeling } from './regeling';

export interface DeclaratieInvoer extends Claimperiode {
  regeling: Regeling;
  /** The regeling's lines dated inside the claim period (an array, or any iterable such as a generator). */
  kandidaten: Iterable<Kostenregel>;
  deelnemers: ReadonlyMap<string, Deelnemer>;
  ingediend: Ingediend;
  /** The day the ESF+ results are computed for (default periodeTot); six-month results after it are not yet known. */
  peildatum?: string;
}

/** Compiles a claim in one pass over the candidates, through the same accumulator used for streaming. */
export function stelDeclaratieSamen({
  regeling,
  periodeVan,
  periodeTot,
  kandidaten,
  deelnemers,
  ingediend,
  peildatum,
}: DeclaratieInvoer): DeclaratieResultaat {
  if (periodeTot < periodeVan) throw new RangeError(`periodeTot ${periodeTot} lies before periodeVan ${periodeVan}`);
  const accumulator = new DeclaratieAccumulator(regeling, deelnemers, ingediend, { periodeVan, periodeTot }, peildatum);
  for (const regel of kandidaten) accumulator.voegToe(regel);
  return accumulator.resultaat();
}
