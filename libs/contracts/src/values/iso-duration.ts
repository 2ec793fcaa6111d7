/**
 * ISO-8601 durations for timers (DUURZAAMHEIDSCHECK_NA=P6M, PT5S in tests). Calendar parts (years, months,
 * days) are added on the calendar so "six months after 31 August" is 28/29 February, as a person expects.
 */
const PATTERN =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseIsoDuration(text: string): IsoDuration {
  const m = PATTERN.exec(text);
  if (!m) throw new RangeError(`not an ISO-8601 duration: ${JSON.stringify(text)}`);
  const n = (i: number) => (m[i] ? Number(m[i]) : 0);
  return { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
}

export function isIsoDuration(text: string): boolean {
  return PATTERN.test(text);
}

export function addIsoDuration(start: Date, d: IsoDuration): Date {
  const r = new Date(start.getTime());
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCFullYear(r.getUTCFullYear() + d.years);
  r.setUTCMonth(r.getUTCMonth() + d.months);
  const lastDay = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, lastDay));
  const ms = ((d.weeks * 7 + d.days) * 24 * 3600 + d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return new Date(r.getTime() + ms);
}
