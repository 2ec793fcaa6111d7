import { isoDateParts } from './dates';

/**
 * Arithmetic on calendar days, done in UTC so no daylight-saving hour shifts a day. A day of a moment (when
 * something happened, today) is kalenderdag's, never these.
 */

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dagenInMaand(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** The day a Date at UTC midnight stands for (a day computed with Date.UTC, a date cell of a spreadsheet). */
export function dagVanUtcMiddernacht(d: Date): string {
  // eslint-disable-next-line no-restricted-syntax -- the one place: a UTC midnight's own day, no moment
  return d.toISOString().slice(0, 10);
}

/** YYYY-MM-DD plus whole days. */
export function plusDagen(datum: string, dagen: number): string {
  const { year, month, day } = isoDateParts(datum);
  return dagVanUtcMiddernacht(new Date(Date.UTC(year, month - 1, day + dagen)));
}

/**
 * YYYY-MM-DD plus calendar months; a day the target month lacks becomes its last day (31 August + 6 months is
 * 28 or 29 February), so "six months after leaving" never rolls into the month after.
 */
export function plusMaanden(datum: string, maanden: number): string {
  const { year, month, day } = isoDateParts(datum);
  const totaal = year * 12 + (month - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  return `${pad(jaar, 4)}-${pad(maand)}-${pad(Math.min(day, dagenInMaand(jaar, maand)))}`;
}
