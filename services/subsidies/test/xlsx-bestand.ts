import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-made zip; `verklaard` states another uncompressed size than the real one (a lying archive). */
export interface ZipInvoer {
  naam: string;
  inhoud: Buffer;
  verklaard?: number;
}

/** A zip archive built by hand, so a test controls what its table of contents declares. */
export function zip(invoer: readonly ZipInvoer[]): Buffer {
  const lokaal: Buffer[] = [];
  const inhoud: Buffer[] = [];
  let offset = 0;
  for (const { naam, inhoud: data, verklaard } of invoer) {
    const gecomprimeerd = deflateRawSync(data);
    const naamBytes = Buffer.from(naam);
    const velden = (kop: Buffer, start: number) => {
      kop.writeUInt16LE(8, start); // deflate
      kop.writeUInt32LE(crc32(data), start + 6);
      kop.writeUInt32LE(gecomprimeerd.length, start + 10);
      kop.writeUInt32LE(verklaard ?? data.length, start + 14);
      kop.writeUInt16LE(naamBytes.length, start + 18);
    };
    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4);
    velden(kop, 8);
    const centraal = Buffer.alloc(46);
    centraal.writeUInt32LE(0x02014b50, 0);
    centraal.writeUInt16LE(20, 4);
    centraal.writeUInt16LE(20, 6);
    velden(centraal, 10);
    centraal.writeUInt32LE(offset, 42);
    lokaal.push(kop, naamBytes, gecomprimeerd);
    inhoud.push(centraal, naamBytes);
    offset += kop.length + naamBytes.length + gecomprimeerd.length;
  }
  const centraal = Buffer.concat(inhoud);
  const einde = Buffer.alloc(22);
  einde.writeUInt32LE(0x06054b50, 0);
  einde.writeUInt16LE(invoer.length, 8);
  einde.writeUInt16LE(invoer.length, 10);
  einde.writeUInt32LE(centraal.length, 12);
  einde.writeUInt32LE(offset, 16);
  return Buffer.concat([...lokaal, centraal, einde]);
}

const xml = (s: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook besides its first sheet (with `gedeeld` as the shared strings table). */
export function werkboekDelen(gedeeld: readonly string[]): ZipInvoer[] {
  const sst = gedeeld.map((s) => `<si><t>${s}</t></si>`).join('');
  return [
    {
      naam: '[Content_Types].xml',
      inhoud: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
      ),
    },
    {
      naam: 'xl/workbook.xml',
      inhoud: xml(
        `<workbook ${NS} xmlns:r="${REL}"><sheets><sheet name="Kosten" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      naam: 'xl/_rels/workbook.xml.rels',
      inhoud: xml(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      naam: 'xl/sharedStrings.xml',
      inhoud: xml(`<sst ${NS} count="${gedeeld.length}" uniqueCount="${gedeeld.length}">${sst}</sst>`),
    },
  ];
}

/** A sheet's XML from rows of cells, each already written as `<c>` elements (see `tekst` and `getal`). */
export function blad(rijen: Iterable<string>): Buffer {
  const delen = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>`];
  for (const rij of rijen) delen.push(rij);
  delen.push('</sheetData></worksheet>');
  return Buffer.from(delen.join(''));
}

const kolom = (i: number) => String.fromCharCode(65 + i);
/** A row of cells: a string is a shared string's index when given as `{ s: n }`, otherwise inline text; numbers as numbers. */
export function rij(nummer: number, cellen: readonly (string | number | { s: number })[]): string {
  const c = cellen.map((v, i) => {
    const r = `${kolom(i)}${nummer}`;
    if (typeof v === 'number') return `<c r="${r}"><v>${v}</v></c>`;
    if (typeof v === 'object') return `<c r="${r}" t="s"><v>${v.s}</v></c>`;
    return `<c r="${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
  });
  return `<row r="${nummer}">${c.join('')}</row>`;
}

/** A whole XLSX of inline-text rows, header first. */
export function xlsx(rijen: readonly (readonly (string | number)[])[]): Buffer {
  return zip([
    ...werkboekDelen([]),
    { naam: 'xl/worksheets/sheet1.xml', inhoud: blad(rijen.map((r, i) => rij(i + 1, r))) },
  ]);
}
