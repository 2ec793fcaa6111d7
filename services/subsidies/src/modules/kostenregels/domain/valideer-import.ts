import type { KostenregelInvoer } from './kostenregel-invoer';
import { parseImportRij } from './import-rij';

export interface ImportFout {
  rijnummer: number;
  veld: string;
  melding: string;
}

export type ImportUitkomst = { regels: KostenregelInvoer[] } | { fouten: ImportFout[] };

/** The header is row 1 in the sheet, so the first data row is row 2: the number a person sees. */
export const EERSTE_DATARIJ = 2;

function isLeeg(rij: Record<string, string>): boolean {
  for (const cel of Object.values(rij)) if ((cel ?? '').trim() !== '') return false;
  return true;
}

/**
 * All or nothing: one bad row and no row is returned, but every error of every row is, so finance fixes the
 * file in one go. Rows without any filled cell (trailing formatted rows in a spreadsheet) carry no data and are
 * skipped; they still count for the row numbers.
 */
export function valideerImport(rijen: readonly Record<string, string>[]): ImportUitkomst {
  const regels: KostenregelInvoer[] = [];
  const fouten: ImportFout[] = [];
  rijen.forEach((rij, index) => {
    if (isLeeg(rij)) return;
    const uitkomst = parseImportRij(rij, index + EERSTE_DATARIJ);
    if (uitkomst.ok) regels.push(uitkomst.regel);
    else for (const f of uitkomst.fouten) fouten.push({ rijnummer: uitkomst.rijnummer, veld: f.veld, melding: f.melding });
  });
  return fouten.length > 0 ? { fouten } : { regels };
}
