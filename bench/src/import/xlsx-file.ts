import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';

/** Column names of an import as the public contract names the JSON fields of a cost line. */
export const KOP = ['regelingCode', 'soort', 'bedragCenten', 'datum', 'omschrijving', 'bewijsstuk'];
const SOORTEN = ['personeel', 'opleiding', 'begeleiding', 'materiaal', 'overig'];
const OMSCHRIJVINGEN = [
  'laptop',
  'training veiligheid',
  'jobcoach uren',
  'werkkleding',
  'reiskosten',
  'loonkosten begeleider',
];
const EERSTE_DAG = Date.UTC(2025, 0, 1);
const DAG_MS = 24 * 60 * 60 * 1000;

/** What the generated file holds, for checking what the import stored. */
export interface ImportBestand {
  path: string;
  bytes: number;
  rijen: number;
  somCenten: number;
  eersteDatum: string;
  laatsteDatum: string;
}

/**
 * An XLSX of `rijen` valid cost lines of regeling `code`, written as Excel writes one (shared strings, numbers as
 * numbers, dates as date cells) with ExcelJS's streaming writer, so the bench never holds the workbook. Every line
 * has an invoice number of its own; descriptions repeat, as in a real ledger export.
 */
export async function schrijfImportBestand(file: string, code: string, rijen: number): Promise<ImportBestand> {
  const werkboek = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const blad = werkboek.addWorksheet('kostenregels');
  blad.addRow(KOP).commit();
  let somCenten = 0;
  for (let i = 0; i < rijen; i++) {
    const bedragCenten = 1_000 + ((i * 7_919) % 100_000);
    somCenten += bedragCenten;
    const datum = new Date(EERSTE_DAG + (i % 365) * DAG_MS);
    blad
      .addRow([
        code,
        SOORTEN[i % SOORTEN.length],
        bedragCenten,
        datum,
        OMSCHRIJVINGEN[i % OMSCHRIJVINGEN.length],
        `F2025-${String(i).padStart(7, '0')}`,
      ])
      .commit();
  }
  blad.commit();
  await werkboek.commit();
  const dagen = Math.min(rijen, 365) - 1;
  return {
    path: file,
    bytes: statSync(file).size,
    rijen,
    somCenten,
    eersteDatum: '2025-01-01',
    laatsteDatum: new Date(EERSTE_DAG + dagen * DAG_MS).toISOString().slice(0, 10),
  };
}
