import type PDFDocument from 'pdfkit';
import type { RapportRegel } from '../domain/rapport';
import { getal } from './opmaak';

type Pdf = InstanceType<typeof PDFDocument>;
const LINKS = 50;
const LABELBREEDTE = 170;
const BREEDTE = 250;
const HOOGTE = 12;
// Blue bars, a dark target mark and a light track: at least 3:1 against their neighbours, as the portaal's charts (WCAG 1.4.11).
const BALK = '#1f5fa8';
const DOEL = '#1a1a1a';
const SPOOR = '#d0d7e1';

/**
 * Horizontal bars drawn with pdfkit's vector primitives, one per figure, on one scale (the largest figure or
 * target); a figure with a target gets a vertical mark at the target and "doel …" after its value.
 */
export function staafdiagram(doc: Pdf, regels: readonly RapportRegel[]): void {
  const max = Math.max(1, ...regels.map((r) => Math.max(r.waarde, r.doel ?? 0)));
  diagram(doc, regels, (r) => ({ lengte: r.waarde / max, doel: r.doel === null ? null : r.doel / max }));
}

/** Each figure against its own target: the track is the target, the bar how far the figure has come (at most full). */
export function voortgangsdiagram(doc: Pdf, regels: readonly RapportRegel[]): void {
  diagram(doc, regels, (r) => ({ lengte: Math.min(1, r.waarde / Math.max(1, r.doel ?? 0)), doel: 1 }), true);
}

function diagram(
  doc: Pdf,
  regels: readonly RapportRegel[],
  schaal: (r: RapportRegel) => { lengte: number; doel: number | null },
  spoor = false,
): void {
  if (regels.length === 0) return;
  if (doc.y + regels.length * (HOOGTE + 6) + 20 > 780) doc.addPage();
  doc.moveDown(0.5);
  const x0 = LINKS + LABELBREEDTE;
  for (const r of regels) {
    const y = doc.y;
    const { lengte, doel } = schaal(r);
    doc
      .fontSize(8)
      .font('Helvetica')
      .fillColor('black')
      .text(r.label, LINKS, y + 2, { width: LABELBREEDTE - 8, lineBreak: false, ellipsis: true });
    if (spoor) doc.rect(x0, y, BREEDTE, HOOGTE).fill(SPOOR);
    if (lengte > 0) doc.rect(x0, y, lengte * BREEDTE, HOOGTE).fill(BALK);
    if (doel !== null)
      doc
        .moveTo(x0 + doel * BREEDTE, y - 2)
        .lineTo(x0 + doel * BREEDTE, y + HOOGTE + 2)
        .lineWidth(2)
        .stroke(DOEL);
    doc
      .fillColor('black')
      .text(`${getal(r.waarde)}${r.doel === null ? '' : ` (doel ${getal(r.doel)})`}`, x0 + BREEDTE + 8, y + 2, {
        lineBreak: false,
      });
    doc.x = LINKS;
    doc.y = y + HOOGTE + 6;
  }
  doc.moveDown(0.5);
}
