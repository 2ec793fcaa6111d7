import type { RegelingCode } from '@wiz/contracts';

// The inwoner does not know the acronyms; the explanation names the funds in plain Dutch.
export const REGELING_IN_GEWONE_WOORDEN: Record<RegelingCode, string> = {
  JTF: 'het Just Transition Fund van de Europese Unie',
  NPG: 'het Nationaal Programma Groningen',
};

function opsomming(delen: string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Appends one sentence about the funds to the route's explanation. "Mogelijk" on purpose: eligibility at intake
 * is not yet a claim; finance decides later what is actually declared.
 */
export function toelichtingMetRegelingen(toelichting: string, regelingen: RegelingCode[]): string {
  if (regelingen.length === 0) return toelichting;
  const fondsen = opsomming(regelingen.map((regeling) => REGELING_IN_GEWONE_WOORDEN[regeling]));
  return `${toelichting} Voor uw traject is mogelijk extra geld beschikbaar uit ${fondsen}.`;
}
