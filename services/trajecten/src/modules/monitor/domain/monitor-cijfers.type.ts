import type { ActiviteitSoort, Doelgroep, Stap, StreefwaardeSleutel } from '@wiz/contracts';

/** A period of inclusive days (YYYY-MM-DD) and optionally one gemeente; absent bounds mean "since/until always". */
export interface MonitorVraag {
  van?: string;
  tot?: string;
  gemeentecode?: string;
}

export interface MaandCijfers {
  maand: string; // YYYY-MM
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  plaatsingen: number;
  duurzamePlaatsingen: number;
  kansrijkOpleiden: number;
}

export interface DoelgroepCijfers {
  doelgroep: Doelgroep | 'onbekend';
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  kansrijkOpleiden: number;
  plaatsingen: number;
}

/** Per project = per activity soort: distinct persons who started one in the period, and who completed one `behaald`. */
export interface ProjectCijfers {
  soort: ActiviteitSoort;
  personenGestart: number;
  personenBehaald: number;
}

/** The target/starting balance that applies to a figure (the latest valid one, the gemeente's before the region's). */
export interface Streefwaarde {
  id: string;
  sleutel: StreefwaardeSleutel;
  gemeentecode: string | null;
  geldigVanaf: string;
  basisdatum: string | null;
  beginstand: number | null;
  beginstandEenheden: number | null;
  doel: number | null;
  doelEenheden: number | null;
  vastgesteldDoor: string;
  vastgesteldOp: string;
}

/** A streefwaarde to store: who set it and when are the database's. */
export type NieuweStreefwaarde = Omit<Streefwaarde, 'id' | 'vastgesteldDoor' | 'vastgesteldOp'>;

export interface AfspraakbanenCijfers {
  basisdatum: string | null;
  /** Running total in heads: beginstand + afspraakbaan placements started after basisdatum up to `tot` (or today). */
  banen: number;
  /** The same in 25.5-hour units (two decimals). */
  eenheden: number;
  beginstand: number;
  doel: number | null;
  doelEenheden: number | null;
}

/** Everything the monitor knows over one period and gemeente (or the region); field names are stable. */
export interface MonitorCijfers {
  definitieVersie: number;
  van: string | null;
  tot: string | null;
  gemeentecode: string | null;
  doel: number;
  inwonersEenStapVooruit: number;
  gestarteTrajecten: number;
  perStap: Record<Stap, number>;
  kansrijkOpleiden: number;
  kansrijkOpleidenActiviteiten: number;
  plaatsingen: number;
  duurzamePlaatsingen: number;
  perMaand: MaandCijfers[];
  perDoelgroep: DoelgroepCijfers[];
  perProject: ProjectCijfers[];
  afspraakbanen: AfspraakbanenCijfers;
  streefwaarden: Streefwaarde[];
}
