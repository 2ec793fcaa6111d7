/** What trajecten's /rapportages answers (services/trajecten/src/modules/rapportages). */
export interface RapportRegel {
  label: string;
  waarde: number;
  doel: number | null;
}

export interface Rapport {
  periode: string;
  van: string;
  tot: string;
  gemeentecode: string | null;
  definitieVersie: number;
  secties: { titel: string; grafiek: 'staven' | 'voortgang' | 'geen'; regels: RapportRegel[] }[];
  definities: { term: string; uitleg: string }[];
}

export interface GepubliceerdeRapportage {
  id: string;
  periode: string;
  gemeentecode: string | null;
  versie: number;
  reden: string | null;
  definitieVersie: number;
  gepubliceerdDoor: string;
  gepubliceerdOp: string;
  sha256: { pdf: string; xlsx: string };
}

export interface Keuze {
  periode: string;
  gemeentecode: string;
}

/** The query string of a choice; the region is "no gemeentecode". */
export const alsQuery = ({ periode, gemeentecode }: Keuze) =>
  `periode=${periode}${gemeentecode ? `&gemeentecode=${gemeentecode}` : ''}`;

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
