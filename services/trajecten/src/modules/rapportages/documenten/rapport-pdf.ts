import PDFDocument from 'pdfkit';
import { kalenderdag } from '@wiz/contracts';
import type { Rapport, RapportSectie } from '../domain/rapport';
import { gebied, getal, samenvatting, titel, type Uitgave } from './opmaak';
import { staafdiagram, voortgangsdiagram } from './staafdiagram';

type Pdf = InstanceType<typeof PDFDocument>;
const LINKS = 50;
const KOLOM_AANTAL = 380;
const KOLOM_DOEL = 460;

/** The council report as an A4 PDF: heading, summary, a table (and bars) per section, definitions, footers. */
export async function rapportPdf(r: Rapport, uitgave: Uitgave): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: LINKS,
    bufferPages: true,
    info: { Title: titel(r), CreationDate: new Date(uitgave.gepubliceerdOp) },
  });
  const klaar = verzamel(doc);
  doc.fontSize(20).font('Helvetica-Bold').text('Voortgangsrapportage 20.000 inwoners een stap vooruit');
  doc.moveDown(0.5).fontSize(13).font('Helvetica').text(`Periode ${r.periode}: ${r.van} t/m ${r.tot}`).text(gebied(r));
  doc
    .fontSize(10)
    .text(
      `Versie ${uitgave.versie}, gepubliceerd op ${kalenderdag(new Date(uitgave.gepubliceerdOp))} door ${uitgave.gepubliceerdDoor}. Teldefinitie versie ${r.definitieVersie}.`,
    );
  doc.moveDown().fontSize(13).font('Helvetica-Bold').text('In het kort').font('Helvetica').fontSize(10);
  for (const zin of samenvatting(r)) doc.text(zin);
  for (const sectie of r.secties) tabel(doc, sectie);
  doc.addPage().fontSize(14).font('Helvetica-Bold').text('Bijlage: definities');
  for (const d of r.definities)
    doc.moveDown(0.5).fontSize(10).font('Helvetica-Bold').text(d.term).font('Helvetica').text(d.uitleg);
  voetteksten(doc, r, uitgave);
  doc.end();
  return klaar;
}

function tabel(doc: Pdf, s: RapportSectie): void {
  if (doc.y > 640) doc.addPage();
  doc.moveDown().fontSize(13).font('Helvetica-Bold').text(s.titel, LINKS);
  if (s.regels.length === 0) {
    doc.fontSize(10).font('Helvetica').text('Nog geen gegevens in deze periode.');
    return;
  }
  rij(doc, 'Onderdeel', 'Aantal', 'Doel', 'Helvetica-Bold');
  for (const g of s.regels) rij(doc, g.label, getal(g.waarde), g.doel === null ? '—' : getal(g.doel), 'Helvetica');
  if (s.grafiek === 'staven') staafdiagram(doc, s.regels);
  if (s.grafiek === 'voortgang')
    voortgangsdiagram(
      doc,
      s.regels.filter((g) => g.doel !== null),
    );
}

function rij(doc: Pdf, label: string, aantal: string, doel: string, font: string): void {
  if (doc.y > 760) doc.addPage();
  const y = doc.y;
  doc
    .fontSize(10)
    .font(font)
    .text(label, LINKS, y, { width: KOLOM_AANTAL - LINKS - 10, lineBreak: false });
  doc.text(aantal, KOLOM_AANTAL, y, { width: 70, align: 'right', lineBreak: false });
  doc.text(doel, KOLOM_DOEL, y, { width: 80, align: 'right', lineBreak: false });
  doc.x = LINKS;
  doc.y = y + 15;
}

/** Every page: definition version, publication date, page i of n (known only once all pages exist). */
function voetteksten(doc: Pdf, r: Rapport, u: Uitgave): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    const tekst = `Teldefinitie versie ${r.definitieVersie} · gepubliceerd ${kalenderdag(new Date(u.gepubliceerdOp))} · pagina ${i + 1} van ${count}`;
    doc
      .fontSize(8)
      .font('Helvetica')
      .text(tekst, LINKS, doc.page.height - 35, {
        width: doc.page.width - 2 * LINKS,
        align: 'center',
        lineBreak: false,
      });
  }
}

function verzamel(doc: Pdf): Promise<Buffer> {
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
}
