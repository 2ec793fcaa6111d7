import type PDFDocument from 'pdfkit';
import type { RapportRegel } from '../domain/rapport';
import { getal } from './opmaak';

const LINKS = 50;
const LABELBREEDTE = 170;
const BREEDTE = 250;
const HOOGTE = 12;
// Blue bars and a dark target mark: at least 3:1 against white, as the portaal's charts (WCAG 1.4.11).
const BALK = '#1f5fa8';
const DOEL = '#1a1a1a';

/**
 * Horizontal bars drawn with pdfkit's vector primitives, one per figure, scaled to the largest figure or target;
 * a figure with a target gets a vertical mark at the target and "doel …" after its value.
 */
export function staafdiagram(doc: InstanceType<typeof PDFDocument>, regels: readonly RapportRegel[]): void {
  const max = Math.max(1, ...regels.map((r) => Math.max(r.waarde, r.doel ?? 0)));
  if (doc.y + regels.length * (HOOGTE + 6) + 20 > 780) doc.addPage();
  doc.moveDown(0.5);
  const x0 = LINKS + LABELBREEDTE;
  for (const r of regels) {
    const y = doc.y;
    doc.fontSize(8).font('Helvetica').fillColor('black').text(r.label, LINKS, y + 2, { width: LABELBREEDTE - 8, lineBreak: false, ellipsis: true });
    if (r.waarde > 0) doc.rect(x0, y, (r.waarde / max) * BREEDTE, HOOGTE).fill(BALK);
    if (r.doel !== null) doc.moveTo(x0 + (r.doel / max) * BREEDTE, y - 2).lineTo(x0 + (r.doel / max) * BREEDTE, y + HOOGTE + 2).lineWidth(2).stroke(DOEL);
    doc.fillColor('black').text(`${getal(r.waarde)}${r.doel === null ? '' : ` (doel ${getal(r.doel)})`}`, x0 + BREEDTE + 8, y + 2, { lineBreak: false });
    doc.x = LINKS;
    doc.y = y + HOOGTE + 6;
  }
  doc.moveDown(0.5);
}
