/** The shapes the subsidies service answers with, as far as the finance screens read them. */
export interface Lijst<T> {
  items: T[];
  pagina: number;
  paginagrootte: number;
  totaal: number;
}

export interface Regeling {
  code: string;
  naam: string;
  startdatum: string;
  einddatum: string;
  gemeentecodes: string[];
  cofinancieringspercentage: number;
  flatRatePercentage?: number;
}

export interface Kostenregel {
  id: string;
  regelingCode: string;
  soort: string;
  bedragCenten: number;
  datum: string;
  omschrijving: string;
  bewijsstuk?: string;
  inwonerId?: string;
  ingediendInDeclaratie?: string;
}

export type DeclaratieStatus = 'in-bewerking' | 'concept' | 'ingediend';

/** A claim as the list shows it; the totals are there once it is compiled. */
export interface DeclaratieSamenvatting {
  id: string;
  regelingCode: string;
  periodeVan: string;
  periodeTot: string;
  status: DeclaratieStatus;
  voortgang: number;
  subsidiabelCenten?: number;
  bijdrageCenten?: number;
}

export interface Declaratie extends DeclaratieSamenvatting {
  directePersoneelskostenCenten?: number;
  flatRateCenten?: number;
  opgenomen?: string[];
  uitgesloten?: { kostenregelId: string; reden: string }[];
  indicatoren?: Indicatoren;
  ingediendOp?: string;
}

/** The fields since issue 15 are optional: a claim compiled before keeps its stored indicators. */
export interface Indicatoren {
  peildatum?: string;
  deelnemers: number;
  metArbeidsbeperking: number;
  kenmerken?: Record<string, number>;
  /** Per indicator, the participants left out of it because their data for it is missing. */
  onvolledig?: Record<string, number>;
  resultaten: Record<string, number>;
  nogNietBekend?: Record<string, number>;
  duurzaamGeplaatst?: number;
  [groep: `per${string}`]: Record<string, number>;
}

/** One line of a compiled claim, with its reason when it is left out. */
export interface DeclaratieRegel {
  kostenregelId: string;
  opgenomen: boolean;
  reden?: string;
  datum: string;
  soort: string;
  bedragCenten: number;
  omschrijving: string;
  bewijsstuk?: string;
}
