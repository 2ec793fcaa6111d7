/** Formatting in Dutch, one place for all pages. */
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
const getal = new Intl.NumberFormat('nl-NL');
const datum = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

export const centenAlsEuro = (centen: number) => euro.format(centen / 100);
export const alsGetal = (n: number) => getal.format(n);
/** `2026-03-01` or a timestamp, as "1 maart 2026". */
export const alsDatum = (iso: string | undefined | null) =>
  iso ? datum.format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)) : '—';
export const vandaag = () => new Date().toISOString().slice(0, 10);
