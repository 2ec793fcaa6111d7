import { problemException } from '@wiz/platform';
import { ImportRij, leesKop } from '../domain';

export interface ImportLimieten {
  /** Data rows an import may have. */
  maxRijen: number;
  /** Bytes an XLSX may unpack to (the parts that are read: the first sheet, shared strings, styles, workbook). */
  maxUitgepaktBytes: number;
}

/** The rows of an uploaded file, read as they are needed, and how far into the file reading has come (0..1). */
export interface ImportBron {
  rijen: AsyncIterable<ImportRij>;
  voortgang: () => number;
}

/** Refuses a header with a column given twice or a NUL in a name (400 naming the column); else its names. */
export function kolomnamen(cellen: readonly string[]): string[] {
  const { namen, fouten } = leesKop(cellen);
  if (fouten.length)
    throw problemException(400, 'The header row of the file is invalid; nothing was imported.', {
      errors: fouten.map((f) => ({ field: `rij 1.${f.veld}`, message: f.melding })),
    });
  return namen;
}

/** A row's cells by the header's names; cells under a column without a name are not data. No prototype: a column
 * called "__proto__" stays a column (and is reported as unknown). */
export function cellenVan(namen: readonly string[], waarden: (i: number) => string): Record<string, string> {
  const cellen: Record<string, string> = Object.create(null);
  namen.forEach((naam, i) => {
    if (naam) cellen[naam] = waarden(i);
  });
  return cellen;
}

/** Stops a file with more data rows than allowed as soon as it has one too many (413: split the file). */
export async function* metRijlimiet(rijen: AsyncIterable<ImportRij>, maxRijen: number): AsyncGenerator<ImportRij> {
  let aantal = 0;
  for await (const rij of rijen) {
    if (++aantal > maxRijen)
      throw problemException(413, `The file has more than ${maxRijen} rows; split it into smaller imports.`, {
        errors: [
          { field: `rij ${rij.rijnummer}`, message: `row ${maxRijen + 1} of data is past the limit of ${maxRijen}` },
        ],
      });
    yield rij;
  }
}

/**
 * Reads up to `max` rows, and one more to learn whether there are more: a small import is then stored within the
 * request from these rows, a larger one goes to a job, having cost the request at most `max + 1` rows of reading.
 */
export async function leesTot(bron: ImportBron, max: number): Promise<{ rijen: ImportRij[]; meer: boolean }> {
  const rijen: ImportRij[] = [];
  const iterator = bron.rijen[Symbol.asyncIterator]();
  try {
    for (let volgende = await iterator.next(); !volgende.done; volgende = await iterator.next()) {
      if (rijen.length === max) return { rijen, meer: true };
      rijen.push(volgende.value);
    }
    return { rijen, meer: false };
  } finally {
    await iterator.return?.();
  }
}
