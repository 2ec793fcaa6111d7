import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportRegel } from './regel-cursor';

interface Kop { regeling_code: string; regeling_naam: string; periode_van: string; periode_tot: string; status: string; resultaat: Record<string, any> }

/**
 * Writes the claim as a workbook through ExcelJS's streaming writer: rows are committed as they are written, so a
 * million lines never sit in memory. Sheets: Samenvatting, Kostenregels (included), Uitsluitingen (with reasons),
 * Indicatoren.
 */
export async function schrijfXlsx(out: Writable, d: Kop, regels: AsyncIterable<ExportRegel[]>): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const samenvatting = wb.addWorksheet('Samenvatting');
  samenvatting.addRow(['Regeling', `${d.regeling_code} — ${d.regeling_naam}`]).commit();
  samenvatting.addRow(['Periode', `${d.periode_van} t/m ${d.periode_tot}`]).commit();
  samenvatting.addRow(['Status', d.status]).commit();
  for (const [label, key] of [['Directe personeelskosten (centen)', 'directePersoneelskostenCenten'], ['Flat rate (centen)', 'flatRateCenten'], ['Subsidiabel (centen)', 'subsidiabelCenten'], ['Bijdrage (centen)', 'bijdrageCenten']]) {
    samenvatting.addRow([label, d.resultaat[key]]).commit();
  }
  samenvatting.commit();
  const opgenomen = wb.addWorksheet('Kostenregels');
  const uitgesloten = wb.addWorksheet('Uitsluitingen');
  const kolommen = ['kostenregelId', 'datum', 'soort', 'bedragCenten', 'inwonerId', 'bewijsstuk', 'omschrijving'];
  opgenomen.addRow(kolommen).commit();
  uitgesloten.addRow([...kolommen, 'reden']).commit();
  for await (const batch of regels) {
    for (const r of batch) {
      const rij = [r.kostenregel_id, r.datum, r.soort, Number(r.bedrag_centen), r.inwoner_id ?? '', r.bewijsstuk ?? '', r.omschrijving];
      (r.opgenomen ? opgenomen : uitgesloten).addRow(r.opgenomen ? rij : [...rij, r.reden]).commit();
    }
  }
  opgenomen.commit();
  uitgesloten.commit();
  const indicatoren = wb.addWorksheet('Indicatoren');
  indicatoren.addRow(['Indicator', 'Waarde', 'Aantal']).commit();
  for (const [naam, waarde] of Object.entries(d.resultaat.indicatoren ?? {})) {
    if (waarde && typeof waarde === 'object') for (const [k, n] of Object.entries(waarde)) indicatoren.addRow([naam, k, n]).commit();
    else indicatoren.addRow([naam, '', waarde]).commit();
  }
  indicatoren.commit();
  await wb.commit();
}
