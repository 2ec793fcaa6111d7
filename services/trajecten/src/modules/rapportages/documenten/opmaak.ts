import type { Rapport } from '../domain/rapport';

/** What a file says about its own publication: shown on the first page and in every footer. */
export interface Uitgave {
  versie: number;
  gepubliceerdDoor: string;
  gepubliceerdOp: string; // ISO timestamp
}

/** Dutch number notation (1.234 and 12,5), written out by hand so the output never depends on the runtime's ICU data. */
export function getal(n: number): string {
  const [heel, deel] = Math.abs(n)
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .split('.');
  const groepen = heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${n < 0 ? '-' : ''}${groepen}${deel ? `,${deel}` : ''}`;
}

export const gebied = (r: Rapport) => (r.gemeentecode ? `Gemeente ${r.gemeentecode}` : 'Regio Werk in Zicht');

export const titel = (r: Rapport) => `Voortgangsrapportage ${r.periode} — ${gebied(r)}`;

/** The download's name: periode, area and version, so two versions never share a name. */
export const bestandsnaam = (r: { periode: string; gemeentecode: string | null }, versie: number, formaat: string) =>
  `rapportage-${r.periode}-${r.gemeentecode ?? 'regio'}-v${versie}.${formaat}`;

/** A short summary in sentences, from the summary section (the first). */
export function samenvatting(r: Rapport): string[] {
  return r.secties[0].regels.map(
    (g) => `${g.label}: ${getal(g.waarde)}${g.doel === null ? '' : ` (doel ${getal(g.doel)})`}.`,
  );
}
