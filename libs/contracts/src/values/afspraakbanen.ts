// Afspraakbanen are counted nationally in heads and in units of 25.5 hours a week (domain.md, "Employers").
// One definition here, because werkgevers' rapportage and trajecten's council report both publish the figure.

export const AFSPRAAKBAAN_UREN_PER_EENHEID = 25.5;

/** The starting balance and target beheer set for the running total (dated; the seeds: 3,001 at the end of 2020). */
export interface AfspraakbanenBasis {
  /** Placements that start after this date add to the starting balance. */
  basisdatum: string;
  beginstand: number;
  beginstandEenheden: number;
  doel?: number;
  doelEenheden?: number;
}

export interface AfspraakbaanPlaatsing {
  startdatum: string;
  urenPerWeek: number;
}

export interface AfspraakbanenStand {
  basisdatum: string;
  beginstand: number;
  /** Running total in heads: the starting balance plus every afspraakbaan placement started after basisdatum up to the peildatum. */
  banen: number;
  /** The same in 25.5-hour units, to two decimals. */
  eenheden: number;
  doel: number | null;
  doelEenheden: number | null;
}

/** The running total on `peildatum` (inclusive); a placement counts once, from its start, even after it ends. */
export function afspraakbanenStand(
  basis: AfspraakbanenBasis,
  plaatsingen: readonly AfspraakbaanPlaatsing[],
  peildatum: string,
): AfspraakbanenStand {
  const geteld = plaatsingen.filter((p) => p.startdatum > basis.basisdatum && p.startdatum <= peildatum);
  const uren = geteld.reduce((som, p) => som + p.urenPerWeek, 0);
  return {
    basisdatum: basis.basisdatum,
    beginstand: basis.beginstand,
    banen: basis.beginstand + geteld.length,
    eenheden: Math.round((basis.beginstandEenheden + uren / AFSPRAAKBAAN_UREN_PER_EENHEID) * 100) / 100,
    doel: basis.doel ?? null,
    doelEenheden: basis.doelEenheden ?? null,
  };
}
