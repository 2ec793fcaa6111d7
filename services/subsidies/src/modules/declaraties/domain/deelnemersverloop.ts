import type { AfsluitReden, Contractvorm } from '@wiz/contracts';

/**
 * What the register knows about a participant after entry, as facts from events (never as derived booleans), so
 * the results do not depend on the order the events arrived in: esfResultaten computes them from these facts.
 */
export interface Deelnemersverloop {
  /** Trajecten known from traject-gestart; a participant has left only when every one of them is closed. */
  trajecten: Traject[];
  afsluitingen: Afsluiting[];
  plaatsingen: Plaatsing[];
  urenwijzigingen: Urenwijziging[];
  duurzaamheidschecks: Duurzaamheidscheck[];
  /** Dates a qualifying activity (kansrijk-opleiden, praktijkverklaring) was completed with `behaald`. */
  kwalificaties: string[];
}

export interface Traject {
  trajectId: string;
  /** YYYY-MM-DD; absent for trajecten registered before the start date was kept. */
  gestartOp?: string;
}

export interface Afsluiting {
  trajectId: string;
  datum: string;
  /** Absent for leavings recorded before the reason was kept (migrated from the old register). */
  reden?: AfsluitReden;
}

/** A placement; its start is unknown while only plaatsing-beeindigd has arrived. */
export interface Plaatsing {
  plaatsingId: string;
  startdatum?: string;
  urenPerWeek?: number;
  contractvorm?: Contractvorm;
  einddatum?: string;
}

export interface Urenwijziging {
  plaatsingId: string;
  ingangsdatum: string;
  vorigeUrenPerWeek: number;
  urenPerWeek: number;
}

export interface Duurzaamheidscheck {
  plaatsingId: string;
  /** The region's measure: at least 24 hours a week six months after the placement started. */
  duurzaam: boolean;
  inDienst: boolean;
  /** YYYY-MM-DD. */
  vastgesteldOp: string;
}

export const GEEN_VERLOOP: Deelnemersverloop = Object.freeze({
  trajecten: [],
  afsluitingen: [],
  plaatsingen: [],
  urenwijzigingen: [],
  duurzaamheidschecks: [],
  kwalificaties: [],
});
