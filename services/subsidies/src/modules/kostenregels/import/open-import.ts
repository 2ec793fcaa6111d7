import { UnsupportedMediaTypeException } from '@nestjs/common';
import { ImportBron, ImportLimieten, metRijlimiet } from './import-bron';
import { csvBron } from './csv-rijen';
import { xlsxBron } from './xlsx-rijen';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export type ImportType = typeof CSV | typeof XLSX;

/** The media type of an upload, or 415 for anything but CSV and XLSX. */
export function importType(contentType: string, bestand: unknown): ImportType {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!Buffer.isBuffer(bestand) || (type !== CSV && type !== XLSX))
    throw new UnsupportedMediaTypeException(`Send ${CSV} or ${XLSX}.`);
  return type;
}

/**
 * Opens an upload for reading row by row. What can be judged before the rows (encoding, separator, the archive's
 * sizes) is judged here; a problem found while reading surfaces from the rows as a problem exception (400, 413).
 */
export async function openImport(bestand: Buffer, type: ImportType, limieten: ImportLimieten): Promise<ImportBron> {
  const bron = type === CSV ? csvBron(bestand) : await xlsxBron(bestand, limieten.maxUitgepaktBytes);
  return { rijen: metRijlimiet(bron.rijen, limieten.maxRijen), voortgang: bron.voortgang };
}
