import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { deelnemer, deelnemersVan, JTF, kostenregel, NIETS_INGEDIEND } from '../../../domain/declaratie.testdata';
import { plaatsing, verloop } from '../../../domain/esf-resultaten.testdata';
import { stelDeclaratieSamen } from '../../../domain';
import { pdfTekst } from './pdf-tekst.testdata';
import { schrijfPdf } from './pdf-export';
import { schrijfXlsx } from './xlsx-export';

async function opvangen(schrijf: (out: PassThrough) => Promise<void>): Promise<Buffer> {
  const out = new PassThrough();
  const delen: Buffer[] = [];
  out.on('data', (d: Buffer) => delen.push(d));
  await schrijf(out);
  return Buffer.concat(delen);
}

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const {
  opgenomen: _o,
  uitgesloten: _u,
  ...resultaat
} = stelDeclaratieSamen({
  regeling: JTF,
  periodeVan: '2026-01-01',
  periodeTot: '2026-06-30',
  ingediend: NIETS_INGEDIEND,
  deelnemers: deelnemersVan(
    deelnemer({ inwonerId: A, verloop: verloop('2025-12-10', { plaatsingen: [plaatsing('2026-01-05')] }) }),
    deelnemer({ inwonerId: B, opleidingsniveau: undefined }),
  ),
  kandidaten: [kostenregel({ id: 'a', inwonerId: A }), kostenregel({ id: 'b', inwonerId: B, bewijsstuk: 'f-2' })],
});
const kop = {
  regeling_code: 'JTF',
  regeling_naam: 'Just Transition Fund',
  periode_van: '2026-01-01',
  periode_tot: '2026-06-30',
  status: 'concept',
  resultaat,
  aantallen: { opgenomen: 2 },
  ingediend_op: null,
};
async function* geenRegels() {}

describe('claim exports show the ESF+ indicators and their per-indicator incompleteness', () => {
  it('XLSX: the Indicatoren sheet has the peildatum, the results and the incomplete counts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await opvangen((out) => schrijfXlsx(out, kop, () => geenRegels()))) as never);
    const rijen = wb
      .getWorksheet('Indicatoren')!
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rijen[0]).toEqual(['Peildatum resultaten', '2026-06-30']);
    expect(rijen).toContainEqual([
      'Onvolledig (gegevens ontbreken, alleen voor deze indicator)',
      'Opleidingsniveau',
      1,
    ]);
    expect(rijen).toContainEqual([
      'Resultaten (ESF+)',
      'Aan het werk zes maanden na uitstroom (incl. zelfstandig, elk aantal uren)',
      1,
    ]);
    expect(rijen).toContainEqual(['Duurzaam geplaatst (regionale maat, geen ESF+-indicator)', undefined, 0]);
  });

  it('PDF: the text a reader sees has the same groups and counts', async () => {
    const tekst = pdfTekst(await opvangen((out) => schrijfPdf(out, kop)));
    expect(tekst).toEqual(
      expect.arrayContaining([
        'Resultaten berekend op peildatum 2026-06-30',
        'Onvolledig (gegevens ontbreken, alleen voor deze indicator)',
        'Opleidingsniveau: 1',
        'Aan het werk zes maanden na uitstroom (incl. zelfstandig, elk aantal uren): 1',
      ]),
    );
  });

  it('PDF of a claim stored before issue 15 keeps its stored figures under their old meaning', async () => {
    const oud = {
      ...kop,
      resultaat: {
        ...resultaat,
        indicatoren: {
          deelnemers: 1,
          resultaten: { onderwijs: 0, kwalificatie: 0, werkBinnenVierWeken: 1, werkNaZesMaanden: 1 },
        },
      },
    };
    const tekst = pdfTekst(await opvangen((out) => schrijfPdf(out, oud)));
    expect(tekst).toContain('Duurzaam aan het werk (24+ uur; oude definitie): 1');
    expect(tekst.some((t) => t.includes('peildatum'))).toBe(false);
  });
});
