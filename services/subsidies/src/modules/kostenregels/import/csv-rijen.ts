import { isUtf8 } from 'node:buffer';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { problemException } from '@wiz/platform';
import { cellenVan, ImportBron, kolomnamen } from './import-bron';
import { EERSTE_DATARIJ, ImportRij } from '../domain';

type Codering = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes Windows-1252 leaves undefined: a file holding them was written in some other code page. */
const NIET_IN_WINDOWS_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
const STUK = 64 * 1024;
/** One record may not grow past this (an unclosed quote would otherwise gather the rest of the file). */
const MAX_RECORD_TEKENS = 100_000;

const geweigerd = (waarom: string) =>
  problemException(415, `${waarom} Save the file as CSV UTF-8 (or CSV from Excel) and import it again.`);

/**
 * The encoding of a CSV as the spreadsheets finance uses write it: a byte order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, valid UTF-8 is UTF-8 and anything else is the Windows-1252 Excel writes on a Dutch Windows PC,
 * unless it holds bytes that code page does not have or looks like UTF-16 without a mark: those are refused (415)
 * rather than guessed at, since a wrong guess stores garbled text.
 */
export function bepaalCodering(buf: Buffer): Codering {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  // Text in UTF-16 without a byte order mark has a 0 in about every other byte; no text in a one-byte encoding has.
  const begin = buf.subarray(0, 1024);
  if (begin.length >= 4 && begin.filter((b) => b === 0).length * 4 >= begin.length)
    throw geweigerd('The file looks like UTF-16 without a byte order mark, so its encoding cannot be told.');
  if (isUtf8(buf)) return 'utf-8';
  if (NIET_IN_WINDOWS_1252.some((b) => buf.includes(b)))
    throw geweigerd('The file is neither UTF-8 nor Windows-1252 (the encodings this import reads).');
  return 'windows-1252';
}

/**
 * The separator of the header row: Excel in Dutch writes `;` (the comma is the decimal sign there), elsewhere `,`.
 * Column names hold neither, so the header tells which one the file uses.
 */
export function bepaalScheidingsteken(kopregel: string): ';' | ',' {
  const puntkomma = kopregel.includes(';');
  if (puntkomma && kopregel.includes(','))
    throw problemException(
      400,
      'The header row holds both ; and , so the column separator cannot be told; use one of them.',
      { errors: [{ field: 'rij 1', message: 'both ; and , in the header row' }] },
    );
  return puntkomma ? ';' : ',';
}

/** Rows of a CSV, decoded and parsed as a stream: only the record being read is in memory besides the upload. */
export function csvBron(buf: Buffer): ImportBron {
  const codering = bepaalCodering(buf);
  let gelezen = 0;
  const kopregel = new TextDecoder(codering).decode(buf.subarray(0, STUK)).split(/\r?\n|\r/, 1)[0];
  const scheidingsteken = bepaalScheidingsteken(kopregel);
  async function* tekst() {
    const decoder = new TextDecoder(codering, { fatal: true });
    try {
      for (let i = 0; i < buf.length; i += STUK) {
        gelezen = i / buf.length;
        yield decoder.decode(buf.subarray(i, i + STUK), { stream: true });
      }
      yield decoder.decode();
    } catch (err) {
      if ((err as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
        throw problemException(400, `The file is not valid ${codering.toUpperCase()} text.`);
      throw err;
    }
  }
  async function* rijen(): AsyncGenerator<ImportRij> {
    const bron = Readable.from(tekst());
    const parser = parse({
      delimiter: scheidingsteken,
      trim: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_TEKENS,
    });
    bron.on('error', (err) => parser.destroy(err)).pipe(parser);
    let namen: string[] | undefined;
    let index = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>) {
        if (!namen) namen = kolomnamen(record);
        else yield { rijnummer: EERSTE_DATARIJ + index++, cellen: cellenVan(namen, (i) => record[i]) };
      }
    } catch (err) {
      // Every parse error is the file's fault; csv-parse names most with a CSV_ code, but not all (INVALID_OPENING_QUOTE).
      if (err instanceof CsvError) throw problemException(400, `The CSV file cannot be read: ${err.message}`);
      throw err;
    } finally {
      bron.destroy();
      parser.destroy();
    }
  }
  return { rijen: rijen(), voortgang: () => gelezen };
}
