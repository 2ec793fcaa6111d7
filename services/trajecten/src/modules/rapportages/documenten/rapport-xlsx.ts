import ExcelJS from 'exceljs';
import type { Rapport } from '../domain/rapport';
import { gebied, type Uitgave } from './opmaak';

/** The council report as a workbook: an opening sheet, a sheet per section (numbers as numbers), the definitions. */
export async function rapportXlsx(r: Rapport, uitgave: Uitgave): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = uitgave.gepubliceerdDoor;
  wb.created = wb.modified = new Date(uitgave.gepubliceerdOp);
  const kop = wb.addWorksheet('Rapportage');
  kop.columns = [{ width: 28 }, { width: 40 }];
  kop.addRows([
    ['Rapportage', 'Voortgangsrapportage 20.000 inwoners een stap vooruit'],
    ['Periode', r.periode],
    ['Van', r.van],
    ['Tot en met', r.tot],
    ['Gebied', gebied(r)],
    ['Versie', uitgave.versie],
    ['Teldefinitie versie', r.definitieVersie],
    ['Gepubliceerd op', uitgave.gepubliceerdOp],
    ['Gepubliceerd door', uitgave.gepubliceerdDoor],
  ]);
  for (const s of r.secties) {
    const ws = wb.addWorksheet(s.titel);
    ws.columns = [
      { header: 'Onderdeel', width: 45 },
      { header: 'Aantal', width: 12 },
      { header: 'Doel', width: 12 },
    ];
    ws.getRow(1).font = { bold: true };
    for (const g of s.regels) ws.addRow([g.label, g.waarde, g.doel]);
  }
  const def = wb.addWorksheet('Definities');
  def.columns = [
    { header: 'Begrip', width: 30 },
    { header: 'Betekenis', width: 120 },
  ];
  def.getRow(1).font = { bold: true };
  for (const d of r.definities) def.addRow([d.term, d.uitleg]).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
