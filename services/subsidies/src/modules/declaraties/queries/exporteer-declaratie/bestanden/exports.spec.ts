import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { deelnemer, deelnemersVan, JTF, kostenregel, NIETS_INGEDIEND } from '../../../domain/declaratie.testdata';
import { plaatsing, verloop } from '../../../domain/esf-resultaten.testdata';
import { stelDeclaratieSamen } from '../../../domain';
import type { DeclaratieRegel } from '../../../../kostenregels/kostenregels.port';
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

const regel = (n: number, opgenomen: boolean): DeclaratieRegel => ({
  kostenregel_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  opgenomen,
  reden: opgenomen ? null : 'geen-bewijsstuk',
  datum: '2026-03-01',
  soort: 'materiaal',
  bedrag_centen: String(n),
  inwoner_id: n % 2 ? null : 'a0000000-0000-4000-8000-00000000000a',
  bewijsstuk: opgenomen ? `bon ${n} <&> "'` : null,
  omschrijving: `regel ${n}\u0001`,
});

/** `aantal` batches of `grootte` lines; `gelezen` counts the batches handed out so far. */
function batches(aantal: number, grootte: number, opgenomen: boolean) {
  const teller = { gelezen: 0 };
  async function* regels() {
    for (let b = 0; b < aantal; b++) {
      teller.gelezen += 1;
      yield Array.from({ length: grootte }, (_, i) => regel(b * grootte + i + 1, opgenomen));
    }
  }
  return { teller, regels };
}

async function lees(out: PassThrough): Promise<Buffer> {
  const delen: Buffer[] = [];
  for await (const d of out) delen.push(d as Buffer);
  return Buffer.concat(delen);
}

describe('the XLSX export of a claim', () => {
  it('holds every line of a large claim in order, text escaped and cells typed as before', async () => {
    const opgenomen = batches(8, 5_000, true);
    const uitgesloten = batches(2, 3_000, false);
    const bestand = await opvangen((out) =>
      schrijfXlsx(out, kop, (o) => (o ? opgenomen.regels() : uitgesloten.regels())),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bestand as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'Kostenregels', 'Uitsluitingen', 'Indicatoren']);
    expect(wb.getWorksheet('Samenvatting')!.getRow(1).values).toEqual([
      undefined,
      'Regeling',
      'JTF — Just Transition Fund',
    ]);
    expect(wb.getWorksheet('Samenvatting')!.getRow(7).values).toEqual([
      undefined,
      'Bijdrage (centen)',
      resultaat.bijdrageCenten,
    ]);

    const lijnen = wb.getWorksheet('Kostenregels')!;
    expect(lijnen.rowCount).toBe(40_001);
    let som = 0;
    lijnen.eachRow((row, n) => {
      if (n > 1) som += row.getCell(4).value as number;
    });
    expect(som).toBe((40_000 * 40_001) / 2);
    const laatste = lijnen.getRow(40_001);
    expect(laatste.values).toEqual([
      undefined,
      '00000000-0000-4000-8000-000000040000',
      '2026-03-01',
      'materiaal',
      40_000,
      'a0000000-0000-4000-8000-00000000000a',
      `bon 40000 <&> "'`,
      'regel 40000',
    ]);
    expect(laatste.getCell(6).type).toBe(ExcelJS.ValueType.String);

    const uit = wb.getWorksheet('Uitsluitingen')!;
    expect(uit.rowCount).toBe(6_001);
    expect([uit.getRow(1).cellCount, uit.getRow(1).getCell(1).value, uit.getRow(1).getCell(8).value]).toEqual([
      8,
      'kostenregelId',
      'reden',
    ]);
    expect(uit.getRow(6_001).getCell(8).value).toBe('geen-bewijsstuk');
  });

  it('reads the next batch of lines only when the client has taken the previous ones', async () => {
    const opgenomen = batches(40, 2_000, true);
    const out = new PassThrough();
    const klaar = schrijfXlsx(out, kop, (o) => (o ? opgenomen.regels() : batches(0, 0, false).regels()));
    // Nobody reads `out` yet: the writer must stall instead of pulling the whole cursor. Each stage of the zip's
    // pipeline (source, checksum, deflate, the sink into `out`) may hold a piece, so a handful of batches, not 40.
    await new Promise((r) => setTimeout(r, 300));
    expect(opgenomen.teller.gelezen).toBeLessThanOrEqual(8);
    const [bestand] = await Promise.all([lees(out), klaar]);
    expect(opgenomen.teller.gelezen).toBe(40);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bestand as never);
    expect(wb.getWorksheet('Kostenregels')!.rowCount).toBe(80_001);
  });
});
