import type { DeclaratieIngediend, EventData } from '@wiz/contracts';
import { AlleenConceptIndienen } from './declaratie-fouten';

export type DeclaratieStatus = 'in-bewerking' | 'concept' | 'ingediend';

/** A claim as its submission sees it: its state and, once compiled, its totals. */
export interface TeIndienenDeclaratie {
  id: string;
  status: DeclaratieStatus;
  regelingCode: string;
  periodeVan: string;
  periodeTot: string;
  resultaat: { subsidiabelCenten: number; bijdrageCenten: number } | null;
}

type Indienbaar = TeIndienenDeclaratie & {
  status: 'concept';
  resultaat: NonNullable<TeIndienenDeclaratie['resultaat']>;
};

/**
 * The submission rule: only a concept claim is submitted (a claim still compiling has no lines yet; a submitted one
 * is final, corrections go in a new claim).
 */
export function eisIndienbaar(d: TeIndienenDeclaratie): asserts d is Indienbaar {
  if (d.status !== 'concept' || !d.resultaat) throw new AlleenConceptIndienen(d.status);
}

/** The fact to publish of a submitted claim: its totals and how many lines it claims, never to be claimed again. */
export function ingediendFeit(
  d: TeIndienenDeclaratie,
  aantalKostenregels: number,
  op: Date,
): EventData<typeof DeclaratieIngediend> {
  eisIndienbaar(d);
  return {
    declaratieId: d.id,
    regelingCode: d.regelingCode,
    periodeVan: d.periodeVan,
    periodeTot: d.periodeTot,
    subsidiabelCenten: d.resultaat.subsidiabelCenten,
    bijdrageCenten: d.resultaat.bijdrageCenten,
    aantalKostenregels,
    ingediendOp: op.toISOString(),
  };
}
