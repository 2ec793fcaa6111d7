import type { Writable } from 'node:stream';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { DeclaratieRegel as ExportRegel } from '../../../../kostenregels/kostenregels.port';

const KOLOMMEN = [
  'kostenregelId',
  'opgenomen',
  'reden',
  'datum',
  'soort',
  'bedragCenten',
  'inwonerId',
  'bewijsstuk',
  'omschrijving',
];

/** What a spreadsheet reads as the start of a formula (OWASP CSV injection): = + - @, a tab or a carriage return. */
const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/**
 * A cost line's text is typed by whoever recorded it, and `=HYPERLINK("https://…")` in an omschrijving would run
 * as a formula when finance opens the export in Excel. As OWASP advises, such a cell gets a leading single quote
 * (shown, never evaluated) and is quoted, so the quote cannot be read as a separator either.
 */
export function alsTekstCel(tekst: string): string | { value: string; quoted: true } {
  return FORMULE_BEGIN.test(tekst) ? { value: `'${tekst}`, quoted: true } : tekst;
}

async function* csvRijen(regels: AsyncIterable<ExportRegel[]>) {
  for await (const batch of regels) {
    for (const r of batch)
      yield [
        r.kostenregel_id,
        r.opgenomen,
        r.reden ?? '',
        r.datum,
        r.soort,
        r.bedrag_centen,
        r.inwoner_id ?? '',
        r.bewijsstuk ?? '',
        r.omschrijving,
      ];
  }
}

/** Every line of the claim as CSV, streamed from the cursor, with every text cell neutralised against formulas. */
export function schrijfCsv(out: Writable, regels: AsyncIterable<ExportRegel[]>): Promise<void> {
  const csv = stringify({
    header: true,
    columns: KOLOMMEN,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false'), string: alsTekstCel },
  });
  return pipeline(Readable.from(csvRijen(regels)), csv, out);
}
