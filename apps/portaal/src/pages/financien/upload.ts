import { gegevens, subsidiesApi } from '../../api/client';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a CSV or XLSX file as the raw request body, as the import endpoint wants it. */
export function uploadBestand(bestand: File) {
  return gegevens(
    subsidiesApi.POST('/kostenregels/import', {
      body: bestand,
      bodySerializer: (b) => b,
      headers: { 'Content-Type': bestand.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv' },
    }),
  );
}
