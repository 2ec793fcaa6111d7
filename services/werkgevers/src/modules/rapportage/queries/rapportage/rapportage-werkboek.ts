import ExcelJS from 'exceljs';
import type { Rapportage } from './rapportage.query';

/** The rapportage as an Excel workbook: sheets Totalen, Per sector and Per arrangement, Dutch headings. */
export function werkboek(r: Rapportage): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const totalen = wb.addWorksheet('Totalen');
  totalen.columns = [
    { header: 'Indicator', key: 'k', width: 34 },
    { header: 'Waarde', key: 'v', width: 14 },
  ];
  totalen.addRows([
    { k: 'Periode van', v: r.van },
    { k: 'Periode tot en met', v: r.tot },
    { k: 'Plaatsingen', v: r.plaatsingen },
    { k: 'SROI-plaatsingen', v: r.sroiPlaatsingen },
    { k: 'Afspraakbanen (cumulatief, personen)', v: r.afspraakbanenCumulatief },
    { k: 'Afspraakbanen (banen van 25,5 uur)', v: r.afspraakbaanEenheden },
    { k: 'Afspraakbanen basisdatum', v: r.afspraakbanen.basisdatum },
    { k: 'Afspraakbanen beginstand (personen)', v: r.afspraakbanen.beginstand },
    { k: 'Afspraakbanen doel (personen)', v: r.afspraakbanen.doel },
    { k: 'Afspraakbanen doel (banen van 25,5 uur)', v: r.afspraakbanen.doelEenheden },
    { k: 'Afspraakbanen lopend op einddatum (personen)', v: r.afspraakbanenLopend.banen },
  ]);
  const sector = wb.addWorksheet('Per sector');
  sector.columns = [
    { header: 'Sector (SBI)', key: 'sector', width: 16 },
    { header: 'Plaatsingen', key: 'plaatsingen', width: 14 },
  ];
  sector.addRows(r.perSector);
  const arr = wb.addWorksheet('Per arrangement');
  arr.columns = [
    { header: 'Arrangement', key: 'naam', width: 40 },
    { header: 'Plaatsen', key: 'plaatsen', width: 10 },
    { header: 'Plaatsingen in periode', key: 'plaatsingen', width: 22 },
    { header: 'Bezet', key: 'bezet', width: 10 },
  ];
  arr.addRows(r.perArrangement);
  for (const ws of [totalen, sector, arr]) ws.getRow(1).font = { bold: true };
  return wb;
}
