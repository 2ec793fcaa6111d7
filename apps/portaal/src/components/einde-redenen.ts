import { PLAATSING_EINDE_REDENEN, type PlaatsingEindeReden } from '@wiz/contracts/browser';

/** The Dutch label of each reason a placement ended; a Record, so a new code in the contract needs its text here. */
export const EINDE_REDEN_TEKSTEN: Record<PlaatsingEindeReden, string> = {
  'contract-niet-verlengd': 'Contract niet verlengd',
  proeftijd: 'Proeftijd niet doorstaan',
  ontslag: 'Ontslag',
  'eigen-keuze': 'Op eigen verzoek',
  'ander-werk': 'Ander werk gevonden',
  'opleiding-gestopt': 'Opleiding gestopt',
  ziekte: 'Ziekte',
  verhuizing: 'Verhuizing',
  overig: 'Anders',
};

export const EINDE_REDEN_OPTIES = PLAATSING_EINDE_REDENEN.map((waarde) => ({
  waarde,
  tekst: EINDE_REDEN_TEKSTEN[waarde],
}));

/** The label of a code; a reason published before the codes existed is shown as it came. */
export const eindeRedenTekst = (reden: string) =>
  (EINDE_REDEN_TEKSTEN as Record<string, string | undefined>)[reden] ?? reden;
