import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { indicatorRijen } from './indicator-rijen';
import type { DeclaratieRegel as ExportRegel } from '../../../../kostenregels/kostenregels.port';

interface Kop {
  regeling_code: string;
  regeling_naam: string;
  periode_van: string;
  periode_tot: string;
  status: string;
  resultaat: Record<string, any>;
}

/** Uncompressed sheet XML allowed to wait for the zip before the next batch of lines is read. */
const ACHTERSTAND_BYTES = 1024 * 1024;

/**
 * Writes the claim as a workbook through ExcelJS's streaming writer: rows are committed as they are written, so a
 * million lines never sit in memory. Sheets: Samenvatting, Kostenregels (included), Uitsluitingen (with reasons),
 * Indicatoren (ESF+, with per-indicator incompleteness). `regels(true)` yields the included lines, `regels(false)` the excluded ones.
 *
 * A zip holds one entry at a time, so the two line sheets are written one after the other (rows for a sheet whose
 * entry is not yet being zipped would wait in memory), and each batch waits until the zip has taken the previous
 * ones (see wachtOpZip).
 */
export async function schrijfXlsx(
  out: Writable,
  d: Kop,
  regels: (opgenomen: boolean) => AsyncIterable<ExportRegel[]>,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const samenvatting = wb.addWorksheet('Samenvatting');
  samenvatting.addRow(['Regeling', `${d.regeling_code} — ${d.regeling_naam}`]).commit();
  samenvatting.addRow(['Periode', `${d.periode_van} t/m ${d.periode_tot}`]).commit();
  samenvatting.addRow(['Status', d.status]).commit();
  for (const [label, key] of [
    ['Directe personeelskosten (centen)', 'directePersoneelskostenCenten'],
    ['Flat rate (centen)', 'flatRateCenten'],
    ['Subsidiabel (centen)', 'subsidiabelCenten'],
    ['Bijdrage (centen)', 'bijdrageCenten'],
  ]) {
    samenvatting.addRow([label, d.resultaat[key]]).commit();
  }
  samenvatting.commit();
  const opgenomen = wb.addWorksheet('Kostenregels');
  const uitgesloten = wb.addWorksheet('Uitsluitingen');
  const kolommen = ['kostenregelId', 'datum', 'soort', 'bedragCenten', 'inwonerId', 'bewijsstuk', 'omschrijving'];
  opgenomen.addRow(kolommen).commit();
  uitgesloten.addRow([...kolommen, 'reden']).commit();
  for (const [sheet, metReden] of [
    [opgenomen, false],
    [uitgesloten, true],
  ] as const) {
    for await (const batch of regels(!metReden)) {
      for (const r of batch) {
        const rij = [
          r.kostenregel_id,
          r.datum,
          r.soort,
          Number(r.bedrag_centen),
          r.inwoner_id ?? '',
          r.bewijsstuk ?? '',
          r.omschrijving,
        ];
        sheet.addRow(metReden ? [...rij, r.reden] : rij).commit();
      }
      await wachtOpZip(sheet, out);
    }
    sheet.commit();
  }
  const indicatoren = wb.addWorksheet('Indicatoren');
  indicatoren.addRow(['Peildatum resultaten', d.resultaat.indicatoren?.peildatum ?? '']).commit();
  indicatoren.addRow(['Indicator', 'Waarde', 'Aantal']).commit();
  for (const rij of indicatorRijen(d.resultaat.indicatoren)) indicatoren.addRow(rij).commit();
  indicatoren.commit();
  await wb.commit();
}

/**
 * Backpressure ExcelJS lacks: a streaming sheet writes into its zip entry through a PassThrough whose write() result
 * nobody checks, so a cursor faster than deflate (or than the client) piles rows up in memory (230 MB of XML for a
 * million lines, measured by npm run bench). When more than ACHTERSTAND_BYTES wait there, this waits until the zip
 * has drained it; it gives up when the response is gone. ExcelJS is pinned (4.4.0); should its internals change,
 * this stops waiting and the export still works.
 */
async function wachtOpZip(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  // archiver wraps the sheet's stream in a readable-stream 2 PassThrough, which predates `writableLength`.
  const invoer = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0] as
    (Writable & { _writableState?: { length?: number } }) | undefined;
  const wachtend = typeof invoer?.writableLength === 'number' ? invoer.writableLength : invoer?._writableState?.length;
  if (!invoer || typeof wachtend !== 'number' || wachtend <= ACHTERSTAND_BYTES) return;
  if (out.destroyed) throw new Error('the export stream is gone');
  await new Promise<void>((resolve, reject) => {
    const klaar = () => {
      invoer.off('drain', klaar);
      out.off('close', weg);
      resolve();
    };
    const weg = () => {
      invoer.off('drain', klaar);
      out.off('close', weg);
      reject(new Error('the export stream closed while writing'));
    };
    invoer.on('drain', klaar);
    out.on('close', weg);
  });
}
