/** The parts of a regeling that decide a claim. Dates are YYYY-MM-DD, so comparing them as text is chronological. */
export interface Regeling {
  code: string;
  startdatum: string;
  einddatum: string;
  /** CBS gemeentecodes of the eligible area. */
  gemeentecodes: readonly string[];
  /** Share of the eligible costs the fund pays, at most 2 decimals (62.5 = 62.5%). */
  cofinancieringspercentage: number;
  /** CPR art. 56 simplified cost option: this percentage of direct staff costs covers the remaining costs. */
  flatRatePercentage?: number;
}
