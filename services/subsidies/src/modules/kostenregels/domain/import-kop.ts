import type { ImportVeldFout } from './import-rij';

/**
 * The header row of an import: the column names (trimmed), or what is wrong with them. A name given twice is
 * refused: otherwise one of the two cells silently wins (a second bedragCenten column of 999999 stored instead of
 * the 100 beside it). A NUL character cannot be stored, so it is refused here rather than in the database.
 */
export function leesKop(cellen: readonly string[]): { namen: string[]; fouten: ImportVeldFout[] } {
  const namen = cellen.map((c) => (c ?? '').trim());
  const fouten: ImportVeldFout[] = [];
  const gezien = new Set<string>();
  namen.forEach((naam, i) => {
    if (naam.includes('\u0000'))
      fouten.push({ veld: `kolom ${i + 1}`, melding: 'the column name contains a NUL character' });
    else if (naam !== '' && gezien.has(naam))
      fouten.push({ veld: naam, melding: `column ${naam} appears more than once; keep one` });
    gezien.add(naam);
  });
  return { namen, fouten };
}
