import { isoDateParts, kalenderdag } from '@wiz/contracts/browser';
import type { components } from '../../api/generated/trajecten';

/** What trajecten's /rapportages answers, as its OpenAPI document describes it. */
export type Rapport = components['schemas']['Rapport'];
export type GepubliceerdeRapportage = components['schemas']['Rapportage'];

export interface Keuze {
  periode: string;
  gemeentecode: string;
}

/** The query of a choice; the region is "no gemeentecode". */
export const alsQuery = ({ periode, gemeentecode }: Keuze) => ({ periode, ...(gemeentecode ? { gemeentecode } : {}) });

/** The half years and quarters of this year and last that have begun (in the region's calendar), newest first. */
export function periodeOpties(nu = new Date()): { waarde: string; tekst: string }[] {
  const { year: ditJaar, month } = isoDateParts(kalenderdag(nu));
  const maand = month - 1; // 0-based, as the quarters below count
  const opties = [];
  for (let jaar = ditJaar; jaar >= ditJaar - 1; jaar--) {
    for (const h of [2, 1])
      if (jaar < ditJaar || h === 1 || maand >= 6)
        opties.push({ waarde: `${jaar}-H${h}`, tekst: `${h}e halfjaar ${jaar}` });
    for (const q of [4, 3, 2, 1])
      if (jaar < ditJaar || (q - 1) * 3 <= maand)
        opties.push({ waarde: `${jaar}-Q${q}`, tekst: `${q}e kwartaal ${jaar}` });
  }
  return opties;
}
