import { api } from '../../api/client';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a CSV or XLSX file as the raw request body, as the import endpoint wants it. */
export function uploadBestand<T>(pad: string, bestand: File): Promise<T> {
  return api<T>('subsidies', pad, {
    method: 'POST',
    body: bestand,
    headers: { 'Content-Type': bestand.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv' },
  });
}
