import { HttpException } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import { dagVanUtcMiddernacht } from '@wiz/contracts';
import { problemException } from '@wiz/platform';
import { cellenVan, ImportBron, kolomnamen } from './import-bron';
import type { ImportRij } from '../domain';
import { controleerUitgepakt, herschikteZip, leesZipInhoud, opgeslagenDeel, ZipDeel } from './zip-inhoud';

/**
 * Besides the sheet, the reader holds the workbook's parts in memory (shared strings above all), so together they
 * get a budget of their own, well below the sheet's.
 */
const MAX_BIJDELEN_BYTES = 32 * 1024 * 1024;
const BIJDELEN = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const GEDEELDE_TEKSTEN = 'xl/sharedStrings.xml';

const teGroot = (wat: string, grens: number) =>
  problemException(413, `The XLSX file unpacks to more than ${grens} bytes (${wat}); split it into smaller imports.`);

/** The first sheet by number (sheet1.xml, as Excel numbers the first one it writes). */
function eersteBlad(delen: Map<string, ZipDeel>): ZipDeel {
  const bladen = [...delen.values()].filter((d) => /^xl\/worksheets\/sheet\d+\.xml$/.test(d.naam));
  const nummer = (d: ZipDeel) => Number(/(\d+)\.xml$/.exec(d.naam)![1]);
  const [eerste] = bladen.sort((a, b) => nummer(a) - nummer(b));
  if (!eerste) throw problemException(400, 'The XLSX file cannot be read: it has no worksheet.');
  return eerste;
}

/**
 * The parts the reader needs, in the order it needs them, after their sizes are checked: first what the archive
 * declares (refused at once when over the limits), then what it really unpacks to (refused when it unpacks to more
 * than it declares). A workbook without shared strings gets an empty table, so the reader never parks the sheet in
 * a temporary file while it waits for one.
 */
async function gecontroleerdeDelen(buf: Buffer, maxUitgepaktBytes: number) {
  const delen = leesZipInhoud(buf);
  if (!delen.has('xl/workbook.xml') || !delen.has('xl/_rels/workbook.xml.rels'))
    throw problemException(400, 'The XLSX file cannot be read: it is not an Excel workbook.');
  const bijdelen = BIJDELEN.map((naam) => delen.get(naam)).filter((d): d is ZipDeel => d !== undefined);
  const blad = eersteBlad(delen);
  const bijBytes = bijdelen.reduce((som, d) => som + d.uitgepaktBytes, 0);
  if (bijBytes > MAX_BIJDELEN_BYTES) throw teGroot('shared strings, styles and workbook', MAX_BIJDELEN_BYTES);
  if (bijBytes + blad.uitgepaktBytes > maxUitgepaktBytes) throw teGroot('the first sheet', maxUitgepaktBytes);
  await controleerUitgepakt(buf, [...bijdelen, blad]);
  const uitUpload = (deel: ZipDeel) => ({ deel, buf });
  const gedeeld = delen.has(GEDEELDE_TEKSTEN)
    ? []
    : [
        opgeslagenDeel(
          GEDEELDE_TEKSTEN,
          Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
        ),
      ];
  return [...bijdelen.map(uitUpload), ...gedeeld, uitUpload(blad)];
}

/** A cell's value as the text a person sees: dates as ISO dates, formulas by their result, rich text joined. */
export function celTekst(waarde: ExcelJS.CellValue): string {
  if (waarde === null || waarde === undefined) return '';
  if (waarde instanceof Date) return dagVanUtcMiddernacht(waarde);
  if (typeof waarde !== 'object') return String(waarde);
  if ('richText' in waarde) return waarde.richText.map((r) => r.text).join('');
  if ('result' in waarde) return celTekst(waarde.result);
  if ('text' in waarde) return String(waarde.text);
  if ('error' in waarde) return String(waarde.error);
  return '';
}

/**
 * Rows of the first sheet through ExcelJS's streaming reader, fed the checked parts: memory holds the shared
 * strings and the rows being parsed, never the workbook.
 */
export async function xlsxBron(buf: Buffer, maxUitgepaktBytes: number): Promise<ImportBron> {
  const delen = await gecontroleerdeDelen(buf, maxUitgepaktBytes);
  let gelezen = 0;
  async function* rijen(): AsyncGenerator<ImportRij> {
    // Loaded on the first XLSX import, not at start: ExcelJS and its zip libraries are ~650 modules (+37 MB RSS
    // in a bare Node) that every subsidies process would carry for a rare upload (issue 21).
    const { default: excel } = await import('exceljs');
    const zip = herschikteZip(delen, (deel) => (gelezen = deel));
    const reader = new excel.stream.xlsx.WorkbookReader(zip, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    });
    let namen: string[] | undefined;
    try {
      for await (const blad of reader) {
        for await (const rij of blad as AsyncIterable<ExcelJS.Row>) {
          const waarden = rij.values as ExcelJS.CellValue[];
          if (!namen)
            namen = kolomnamen(
              Array.from({ length: Math.max(0, waarden.length - 1) }, (_, i) => celTekst(waarden[i + 1])),
            );
          else yield { rijnummer: rij.number, cellen: cellenVan(namen, (i) => celTekst(waarden[i + 1])) };
        }
        break;
      }
    } catch (err) {
      // What the reader throws is about the file (malformed XML, a broken part); refusals of our own pass through.
      if (!(err instanceof HttpException)) throw problemException(400, 'The XLSX file cannot be read.');
      throw err;
    } finally {
      zip.destroy();
    }
  }
  return { rijen: rijen(), voortgang: () => gelezen };
}
