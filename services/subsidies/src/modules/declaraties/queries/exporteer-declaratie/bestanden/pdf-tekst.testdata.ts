// Reads back the text pdfkit wrote with its standard fonts: every content stream inflated, every TJ/Tj string
// decoded (pdfkit writes them as hex in WinAnsi), one string per text operator. Enough for a test to check
// what a reader sees, without a PDF library.
import { inflateSync } from 'node:zlib';

export function pdfTekst(pdf: Buffer): string[] {
  const tekst: string[] = [];
  const bron = pdf.toString('latin1');
  for (const m of bron.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let inhoud: string;
    try {
      inhoud = inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
    } catch {
      continue; // not a deflated content stream (a font or an image)
    }
    for (const op of inhoud.matchAll(/\[((?:<[0-9a-fA-F]*>|\s|-?[\d.]+)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('') : op[2];
      tekst.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return tekst;
}
