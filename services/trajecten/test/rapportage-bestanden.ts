import { execFile } from 'node:child_process';
import ExcelJS from 'exceljs';
import type request from 'supertest';

/**
 * pdfjs-dist is an ES module, which jest's CommonJS runtime cannot load; a plain Node child process reads the PDF
 * instead and hands back its text as lines (the items of one page at one height, left to right).
 */
const LEES_PDF = `
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const delen = [];
for await (const d of process.stdin) delen.push(d);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(delen)), verbosity: 0 }).promise;
const regels = [];
for (let p = 1; p <= pdf.numPages; p++) {
  const { items } = await (await pdf.getPage(p)).getTextContent();
  const perHoogte = new Map();
  for (const i of items) {
    if (!i.str.trim()) continue;
    const y = Math.round(i.transform[5]);
    perHoogte.set(y, [...(perHoogte.get(y) ?? []), { x: i.transform[4], s: i.str.trim() }]);
  }
  for (const [, delen] of [...perHoogte].sort((a, b) => b[0] - a[0])) regels.push(delen.sort((a, b) => a.x - b.x).map((d) => d.s).join(' '));
}
process.stdout.write(JSON.stringify({ paginas: pdf.numPages, regels }));
`;

/** A download's body as bytes (supertest parses only text and JSON by itself). */
export function alsBytes(req: request.Test): request.Test {
  return req.buffer(true).parse((res, klaar) => {
    const delen: Buffer[] = [];
    res.on('data', (d: Buffer) => delen.push(d));
    res.on('end', () => klaar(null, Buffer.concat(delen)));
  });
}

export function pdfTekst(pdf: Buffer): Promise<{ paginas: number; regels: string[] }> {
  return new Promise((resolve, reject) => {
    const kind = execFile(
      process.execPath,
      ['--input-type=module', '-e', LEES_PDF],
      { cwd: __dirname, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))),
    );
    kind.stdin!.end(pdf);
  });
}

/** The numbers written after a label in the PDF's text, read the Dutch way (1.234 and 12,5; a dash is no number). */
export function getallenNa(regel: string, label: string): number[] {
  return (regel.slice(label.length).match(/\d[\d.]*(,\d+)?/g) ?? []).map((g) =>
    Number(g.replace(/\./g, '').replace(',', '.')),
  );
}

/** Every sheet of the workbook as rows of cell values, header row included. */
export async function xlsxBladen(xlsx: Buffer): Promise<Map<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  return new Map(
    wb.worksheets.map((ws) => [
      ws.name,
      ws
        .getSheetValues()
        .filter(Boolean)
        .map((r) => (r as unknown[]).slice(1)),
    ]),
  );
}
