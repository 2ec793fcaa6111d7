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

/** The half years and quarters of this year and last that have begun, newest first, as choices. */
export function periodeOpties(nu = new Date()): { waarde: string; tekst: string }[] {
  const opties = [];
  for (let jaar = nu.getUTCFullYear(); jaar >= nu.getUTCFullYear() - 1; jaar--) {
    for (const h of [2, 1])
      if (jaar < nu.getUTCFullYear() || h === 1 || nu.getUTCMonth() >= 6)
        opties.push({ waarde: `${jaar}-H${h}`, tekst: `${h}e halfjaar ${jaar}` });
    for (const q of [4, 3, 2, 1])
      if (jaar < nu.getUTCFullYear() || (q - 1) * 3 <= nu.getUTCMonth())
        opties.push({ waarde: `${jaar}-Q${q}`, tekst: `${q}e kwartaal ${jaar}` });
  }
  return opties;
}
