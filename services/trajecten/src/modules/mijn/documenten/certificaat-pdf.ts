import PDFDocument from 'pdfkit';
import { kalenderdag } from '@wiz/contracts';
import type { Resultaat, ResultaatSoort } from '../domain/resultaat';

const LINKS = 60;
/** Characters per line of the credential block: a JWS has no spaces, so it is cut by hand, not by pdfkit. */
const TEKENS_PER_REGEL = 86;

const KOPPEN: Record<ResultaatSoort, string> = {
  opleiding: 'Opleiding afgerond',
  praktijkverklaring: 'Praktijkverklaring behaald',
  plaatsing: 'Aan het werk',
};

export interface Certificaat {
  naam: string;
  resultaat: Resultaat;
  credential: string;
  verificatieUrl: string;
  gemaaktOp: Date;
}

/** 3 maart 2026: a date as people write it, without the runtime's locale data. */
const MAANDEN = 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ');
export function datumTekst(iso: string): string {
  const [j, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${MAANDEN[m - 1]} ${j}`;
}

/**
 * The certificate of one result as an A4 PDF in plain Dutch (B1): who, what, when, by whom, and the signed
 * credential with where to check it, so an employer can tell a real one from a copy someone edited.
 */
export async function certificaatPdf(c: Certificaat): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: LINKS,
    info: { Title: `Bewijs: ${KOPPEN[c.resultaat.soort]}`, Author: 'Werk in Zicht', CreationDate: c.gemaaktOp },
  });
  const klaar = verzamel(doc);
  doc.fontSize(11).font('Helvetica').fillColor('#555555').text('Werk in Zicht');
  doc.moveDown(0.3).fontSize(24).font('Helvetica-Bold').fillColor('#000000').text('Bewijs van uw resultaat');
  doc.moveDown(1.2).fontSize(12).font('Helvetica').text('Dit bewijs is van');
  doc.fontSize(18).font('Helvetica-Bold').text(c.naam);
  doc.moveDown(1).fontSize(12).font('Helvetica').text('Wat heeft u bereikt?');
  doc.fontSize(15).font('Helvetica-Bold').text(KOPPEN[c.resultaat.soort]);
  doc.fontSize(12).font('Helvetica').text(c.resultaat.omschrijving);
  doc.moveDown(1).text(`Datum: ${datumTekst(c.resultaat.behaaldOp)}`);
  doc.text(`Gegeven door: ${c.resultaat.organisatie}, in de regio Werk in Zicht`);
  doc.moveDown(2).fontSize(13).font('Helvetica-Bold').text('Is dit bewijs echt?');
  doc
    .fontSize(11)
    .font('Helvetica')
    .text(
      `Een werkgever kan dit controleren. Ga naar ${c.verificatieUrl} en plak daar de code hieronder. ` +
        'U ziet dan of de code van Werk in Zicht komt en of niemand iets heeft veranderd.',
    );
  doc.moveDown(0.8).fontSize(7).font('Courier');
  for (let i = 0; i < c.credential.length; i += TEKENS_PER_REGEL) doc.text(c.credential.slice(i, i + TEKENS_PER_REGEL));
  doc
    .moveDown(2)
    .fontSize(9)
    .font('Helvetica')
    .fillColor('#555555')
    .text(
      `Gemaakt op ${datumTekst(kalenderdag(c.gemaaktOp))}. De code is een digitaal bewijs (verifiable credential).`,
    );
  doc.end();
  return klaar;
}

function verzamel(doc: InstanceType<typeof PDFDocument>): Promise<Buffer> {
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
}
