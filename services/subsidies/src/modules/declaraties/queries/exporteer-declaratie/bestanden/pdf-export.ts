import type { Writable } from 'node:stream';
import { indicatorRijen } from './indicator-rijen';
import { kalenderdag } from '@wiz/contracts';

interface Kop {
  regeling_code: string;
  regeling_naam: string;
  periode_van: string;
  periode_tot: string;
  status: string;
  resultaat: Record<string, any>;
  aantallen: Record<string, number> | null;
  ingediend_op: Date | null;
}

const euro = (centen: number) =>
  `€ ${Math.trunc(centen / 100).toLocaleString('nl-NL')},${String(Math.abs(centen % 100)).padStart(2, '0')}`;

/** A summary a finance officer signs: scheme, period, totals, exclusions by reason, the ESF+ indicators. */
export async function schrijfPdf(out: Writable, d: Kop): Promise<void> {
  // Loaded when a PDF is made, not at start: pdfkit with fontkit is +30 MB RSS in a bare Node (issue 21).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Declaratie ${d.regeling_code} ${d.periode_van}–${d.periode_tot}` },
  });
  doc.pipe(out);
  doc.fontSize(18).text(`Declaratie ${d.regeling_code}`, { underline: false });
  doc.fontSize(11).text(d.regeling_naam).moveDown();
  doc.text(`Periode: ${d.periode_van} t/m ${d.periode_tot}`);
  doc.text(`Status: ${d.status}${d.ingediend_op ? ` (ingediend ${kalenderdag(d.ingediend_op)})` : ''}`).moveDown();
  const r = d.resultaat;
  doc.fontSize(13).text('Bedragen').fontSize(11);
  doc.text(`Directe personeelskosten: ${euro(r.directePersoneelskostenCenten)}`);
  doc.text(`Flat rate: ${euro(r.flatRateCenten)}`);
  doc.text(`Subsidiabele kosten: ${euro(r.subsidiabelCenten)}`);
  doc.text(`Gevraagde bijdrage: ${euro(r.bijdrageCenten)}`).moveDown();
  doc.fontSize(13).text('Kostenregels').fontSize(11);
  for (const [reden, n] of Object.entries(d.aantallen ?? {}))
    doc.text(`${reden === 'opgenomen' ? 'Opgenomen' : `Uitgesloten — ${reden}`}: ${n}`);
  doc.moveDown().fontSize(13).text('Deelnemers (ESF+)').fontSize(9);
  if (r.indicatoren?.peildatum) doc.text(`Resultaten berekend op peildatum ${r.indicatoren.peildatum}`);
  let groep = '';
  for (const [g, waarde, aantal] of indicatorRijen(r.indicatoren)) {
    if (g !== groep) doc.moveDown(0.3).font('Helvetica-Bold').text(g).font('Helvetica');
    groep = g;
    doc.text(waarde ? `${waarde}: ${aantal}` : String(aantal), { indent: 12 });
  }
  doc.fontSize(11);
  doc.moveDown(3).text('Voor akkoord (naam, datum, handtekening):').moveDown(3).text('______________________________');
  doc.end();
  await new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
}
