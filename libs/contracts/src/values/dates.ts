import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for YYYY-MM-DD strings naming a day that exists in the (proleptic) Gregorian calendar.
 * Computed by hand rather than through Date, which silently rolls 2026-02-30 over to March.
 */
export function isRealIsoDate(s: string): boolean {
  const match = ISO_DATE.exec(s);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a date already known to be valid; used by date arithmetic in this library. */
export function isoDateParts(s: string): { year: number; month: number; day: number } {
  if (!isRealIsoDate(s)) throw new RangeError(`not a real calendar date: ${JSON.stringify(s)}`);
  const [year, month, day] = s.split('-').map(Number);
  return { year, month, day };
}

// z.iso.date() gives the JSON Schema "format: date"; the refinement keeps our own rule authoritative.
export const IsoDateSchema = z.iso
  .date({ error: 'must be a real calendar date as YYYY-MM-DD' })
  .refine(isRealIsoDate, { error: 'must be a real calendar date as YYYY-MM-DD' })
  .describe('Calendar date, YYYY-MM-DD');

/** ISO-8601 date-time that states its zone (Z or an offset), so no reader has to guess local time. */
export const TimestampSchema = z.iso
  .datetime({ offset: true, error: 'must be an ISO-8601 date-time with Z or an offset' })
  .describe('ISO-8601 date-time with zone, producers write UTC (Z)');

export type IsoDate = z.infer<typeof IsoDateSchema>;
export type Timestamp = z.infer<typeof TimestampSchema>;

/** The region's time zone: its calendar decides what "today" and "the day of" a moment are. */
export const REGIO_TIJDZONE = 'Europe/Amsterdam';

/**
 * The calendar day (YYYY-MM-DD) that `at` falls on in `tijdzone`: a consent valid "until 30 September" means
 * until that day ends in the Netherlands, not in UTC.
 */
export function kalenderdag(at: Date, tijdzone = REGIO_TIJDZONE): IsoDate {
  // Formatting costs microseconds and a busy service asks many times a second: the last answer per zone is kept for
  // its second. Every zone's offset is a whole number of seconds, so no day starts inside a second.
  const seconde = Math.floor(at.getTime() / 1000);
  const laatste = laatsteDagen.get(tijdzone);
  if (laatste?.seconde === seconde) return laatste.dag;
  const dag = dagnotatie(tijdzone).format(at);
  laatsteDagen.set(tijdzone, { seconde, dag });
  return dag;
}

const laatsteDagen = new Map<string, { seconde: number; dag: IsoDate }>();

// A formatter is costly to build (tens of microseconds) and kalenderdag runs per request: one per time zone.
const dagnotaties = new Map<string, Intl.DateTimeFormat>();
function dagnotatie(tijdzone: string): Intl.DateTimeFormat {
  let notatie = dagnotaties.get(tijdzone);
  if (!notatie) {
    // en-CA formats as YYYY-MM-DD.
    notatie = new Intl.DateTimeFormat('en-CA', {
      timeZone: tijdzone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dagnotaties.set(tijdzone, notatie);
  }
  return notatie;
}
