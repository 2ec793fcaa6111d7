import type { KostenregelInvoer } from './kostenregel-invoer';
import { ImportVeldFout, parseImportRij } from './import-rij';

export interface ImportFout {
  rijnummer: number;
  veld: string;
  melding: string;
}

/** One data row of an import: its cells by column name, and its number as a person sees it in the sheet. */
export interface ImportRij {
  rijnummer: number;
  cellen: Record<string, string>;
}

/** The header is row 1 in the sheet, so the first data row is row 2: the number a person sees. */
export const EERSTE_DATARIJ = 2;

/** Errors kept to show: enough to fix a file in one go, bounded for a file that is wrong on every row. */
export const MAX_GEMELDE_FOUTEN = 1_000;

function isLeeg(rij: Record<string, string>): boolean {
  for (const cel of Object.values(rij)) if ((cel ?? '').trim() !== '') return false;
  return true;
}

/**
 * All or nothing, row by row, so a file of any length is judged without holding it: one bad row and the import
 * stores nothing, but every error of every row is reported (up to MAX_GEMELDE_FOUTEN), so finance fixes the file
 * in one go. Rows without any filled cell (trailing formatted rows in a spreadsheet) carry no data and are skipped.
 */
export class ImportBeoordeling {
  readonly fouten: ImportFout[] = [];
  foutieveRijen = 0;

  /** The row's cost line when it is good, undefined when it is empty or bad (its errors are kept). */
  beoordeel(rij: Record<string, string>, rijnummer: number): KostenregelInvoer | undefined {
    if (isLeeg(rij)) return undefined;
    const uitkomst = parseImportRij(rij, rijnummer);
    if (uitkomst.ok) return uitkomst.regel;
    this.weiger(rijnummer, uitkomst.fouten);
    return undefined;
  }

  /** A row refused for what only the store knows (an unknown regeling, a cost kind it does not allow). */
  weiger(rijnummer: number, fouten: readonly ImportVeldFout[]): void {
    this.foutieveRijen++;
    for (const f of fouten)
      if (this.fouten.length < MAX_GEMELDE_FOUTEN) this.fouten.push({ rijnummer, veld: f.veld, melding: f.melding });
  }

  get geweigerd(): boolean {
    return this.foutieveRijen > 0;
  }
}
