/** Who holds one traject now, as trajecten last told it: its organisation, team and consulent (a token subject). */
export interface Toewijzing {
  trajectId: string;
  inwonerId: string;
  organisatie: string;
  team: string | null;
  consulent: string | null;
  /** The traject's version after this assignment: a higher one replaces it, a lower one changes nothing. */
  versie: number;
  toegewezenOp: string;
}

/** The consulent (or teamleider) asking: who they are, their organisation and, when their token names one, their team. */
export interface Begeleider {
  subject: string;
  organisatie: string;
  team?: string;
}
