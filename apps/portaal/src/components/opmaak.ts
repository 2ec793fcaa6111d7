import { kalenderdag, REGIO_TIJDZONE } from '@wiz/contracts/browser';

/** Formatting in Dutch, one place for all pages. */
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const getal = new Intl.NumberFormat('nl-NL');
const datum = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: REGIO_TIJDZONE,
});

const tijdstip = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: REGIO_TIJDZONE,
});

export const centenAlsEuro = (centen: number) => euro.format(centen / 100);
export const alsGetal = (n: number) => getal.format(n);
/** `2026-03-01` or a timestamp, as "1 maart 2026". */
export const alsDatum = (iso: string | undefined | null) =>
  iso ? datum.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)) : '—';
/** A moment with its time of day, as "3 dec 2026, 14:05" (Amsterdam time, as the audit trail counts days). */
export const alsTijdstip = (iso: string) => tijdstip.format(new Date(iso));
/** Today as the region's calendar counts it (Amsterdam), not UTC's: from 00:00 to 01:00 (02:00 in summer) they differ. */
export const vandaag = () => kalenderdag(new Date());
