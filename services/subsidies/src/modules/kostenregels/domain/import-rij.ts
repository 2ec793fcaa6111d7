import type { z } from 'zod';
import { KostenregelInvoer, KostenregelInvoerSchema } from './kostenregel-invoer';

/** One problem in an import row, named by column so a person can find the cell. */
export interface ImportVeldFout {
  veld: string;
  melding: string;
}

export type ImportRijUitkomst =
  { ok: true; regel: KostenregelInvoer } | { ok: false; rijnummer: number; fouten: ImportVeldFout[] };

/** A cell read from its text: the value for the schema, or why the text cannot be read. */
type Cel = { waarde: unknown; fout?: undefined } | { fout: string };

const CENTEN_VELDEN = new Set(['bedragCenten', 'uurtariefCenten']);
const HELE_GETAL = /^-?\d+$/;
const DECIMALE_KOMMA = /^-?\d+,\d+$/;
const UREN_TEKST = /^\d+(?:\.\d{1,2})?$/;

/**
 * Reads a cents cell. Only digits are accepted: "12,5" (decimal comma), "1.250" (thousands dot) and "1e3" are
 * all ambiguous or foreign to how finance writes cents, so they are refused with a hint instead of guessed at.
 * A minus sign passes through so the schema can say "must not be negative".
 */
function leesCenten(tekst: string): Cel {
  if (HELE_GETAL.test(tekst)) {
    const centen = Number(tekst);
    return Number.isSafeInteger(centen)
      ? { waarde: centen }
      : { fout: `"${tekst}" is larger than any amount that can be stored` };
  }
  if (DECIMALE_KOMMA.test(tekst))
    return { fout: `"${tekst}" has a decimal comma; write whole cents, such as 1250 for € 12,50` };
  return { fout: `"${tekst}" is not a whole number of cents; write digits only, such as 1250 for € 12,50` };
}

/** Reads an hours cell: a decimal point and at most two decimals, checked on the text before any rounding. */
function leesUren(tekst: string): Cel {
  if (UREN_TEKST.test(tekst)) return { waarde: Number(tekst) };
  if (tekst.includes(',')) return { fout: `"${tekst}" has a comma; write hours with a decimal point, such as 7.5` };
  return { fout: `"${tekst}" is not a number of hours with at most 2 decimals, such as 7.5` };
}

function leesCel(veld: string, tekst: string): Cel {
  // PostgreSQL cannot store NUL in text: named here as the cell it is in, not a failed INSERT.
  if (tekst.includes('\u0000')) return { fout: 'contains a NUL character, which no field accepts' };
  if (CENTEN_VELDEN.has(veld)) return leesCenten(tekst);
  return veld === 'uren' ? leesUren(tekst) : { waarde: tekst };
}

function veldFouten(issue: z.core.$ZodIssue): ImportVeldFout[] {
  // An unknown column is reported under its own name, so a typo such as "bewijstuk" is found, not dropped.
  if (issue.code === 'unrecognized_keys') return issue.keys.map((veld) => ({ veld, melding: 'unknown column' }));
  return [{ veld: issue.path.length ? issue.path.join('.') : 'rij', melding: issue.message }];
}

/**
 * One CSV/XLSX row (columns named as the JSON fields, every cell as text) into a cost line. Empty cells mean
 * "absent". `rijnummer` is the row as a person sees it in the sheet and is only used to report errors.
 */
export function parseImportRij(rij: Record<string, string>, rijnummer: number): ImportRijUitkomst {
  // No prototype: a column called "__proto__" must become an unknown column, not a prototype.
  const invoer: Record<string, unknown> = Object.create(null);
  const fouten: ImportVeldFout[] = [];
  for (const [veld, inhoud] of Object.entries(rij)) {
    const tekst = (inhoud ?? '').trim();
    if (tekst === '') continue;
    const cel = leesCel(veld, tekst);
    if (cel.fout !== undefined) fouten.push({ veld, melding: cel.fout });
    else invoer[veld] = cel.waarde;
  }
  const parsed = KostenregelInvoerSchema.safeParse(invoer);
  if (parsed.success && fouten.length === 0) return { ok: true, regel: parsed.data };
  // One message per cell: a cell that could not be read is not reported again as "required", and where a
  // shared schema finds two faults in one value (a date's format and its calendar) a person needs only the first.
  const gemeld = new Set(fouten.map((f) => f.veld));
  for (const issue of parsed.error?.issues ?? []) {
    for (const fout of veldFouten(issue)) {
      if (gemeld.has(fout.veld)) continue;
      gemeld.add(fout.veld);
      fouten.push(fout);
    }
  }
  return { ok: false, rijnummer, fouten };
}
