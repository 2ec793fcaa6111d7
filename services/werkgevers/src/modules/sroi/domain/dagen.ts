import { isRealIsoDate } from '@wiz/contracts';

/**
 * Days since 1970-01-01 for a YYYY-MM-DD date, by integer arithmetic (Howard Hinnant's days_from_civil).
 * Not through Date.UTC, which maps the years 0–99 to 1900–1999.
 */
export function dagnummer(isoDate: string): number {
  if (!isRealIsoDate(isoDate)) throw new RangeError(`not a real calendar date: ${JSON.stringify(isoDate)}`);
  const [year, month, day] = isoDate.split('-').map(Number);
  const y = month <= 2 ? year - 1 : year; // years start in March so the leap day is the year's last day
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Number of days two inclusive periods share; 0 when they do not meet (or a period ends before it starts). */
export function overlapInDagen(a: { van: string; tot: string }, b: { van: string; tot: string }): number {
  const van = Math.max(dagnummer(a.van), dagnummer(b.van));
  const tot = Math.min(dagnummer(a.tot), dagnummer(b.tot));
  return Math.max(0, tot - van + 1);
}
