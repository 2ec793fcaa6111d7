import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { SubsidiesAppModule } from '../src/app.module';
import { schrijfPdf } from '../src/modules/declaraties/queries/exporteer-declaratie/bestanden/pdf-export';
import { pdfTekst } from '../src/modules/declaraties/queries/exporteer-declaratie/bestanden/pdf-tekst.testdata';
import { openImport, XLSX } from '../src/modules/kostenregels/import/open-import';

// Which of the two libraries jest has loaded for the code under test (the test's own copy comes from requireActual,
// which passes these factories by). jest.mock runs before the imports above, so the list lives on globalThis
// through a hoisted function: a static import of either library would be recorded, not fail on a TDZ.
function mockGeladen(): string[] {
  return ((globalThis as { zwareModules?: string[] }).zwareModules ??= []);
}
jest.mock('exceljs', () => {
  mockGeladen().push('exceljs');
  return jest.requireActual('exceljs');
});
jest.mock('pdfkit', () => {
  mockGeladen().push('pdfkit');
  return jest.requireActual('pdfkit');
});

/**
 * ExcelJS (XLSX imports) and pdfkit (the claim's PDF) are loaded when first needed, not when the service starts:
 * ~20 MB less idle RSS in every subsidies process, for rare requests (issue 21). Loaded late, they
 * still read and write the same files.
 */
describe('the heavy file libraries', () => {
  it('are not loaded with the service module', () => {
    expect(SubsidiesAppModule).toBeDefined();
    expect(mockGeladen()).toEqual([]);
  });

  it('ExcelJS is loaded by the first XLSX import, which reads the sheet as before', async () => {
    expect(mockGeladen()).toEqual([]);

    const excel = jest.requireActual<typeof ExcelJS>('exceljs');
    const wb = new excel.Workbook();
    const blad = wb.addWorksheet('Kosten');
    blad.addRow(['datum', 'bedrag', 'omschrijving']);
    blad.addRow([new Date('2026-03-01T00:00:00Z'), 125.5, 'Training']);
    const bestand = Buffer.from(await wb.xlsx.writeBuffer());

    const bron = await openImport(bestand, XLSX, { maxRijen: 10, maxUitgepaktBytes: 1024 * 1024 });
    const rijen = [];
    for await (const rij of bron.rijen) rijen.push(rij);
    expect(rijen).toEqual([
      { rijnummer: 2, cellen: { datum: '2026-03-01', bedrag: '125.5', omschrijving: 'Training' } },
    ]);
    expect(mockGeladen()).toEqual(['exceljs']);
  });

  it('pdfkit is loaded by the first PDF, which says what it said before', async () => {
    expect(mockGeladen()).not.toContain('pdfkit');

    const out = new PassThrough();
    const delen: Buffer[] = [];
    out.on('data', (d: Buffer) => delen.push(d));
    await schrijfPdf(out, {
      regeling_code: 'JTF',
      regeling_naam: 'Just Transition Fund',
      periode_van: '2026-01-01',
      periode_tot: '2026-12-31',
      status: 'concept',
      resultaat: {
        directePersoneelskostenCenten: 100_00,
        flatRateCenten: 40_00,
        subsidiabelCenten: 140_00,
        bijdrageCenten: 70_00,
      },
      aantallen: { opgenomen: 3 },
      ingediend_op: null,
    });
    expect(pdfTekst(Buffer.concat(delen))).toEqual(
      expect.arrayContaining([
        'Declaratie JTF',
        expect.stringMatching(/^Subsidiabele kosten: .+ 140,00$/),
        'Opgenomen: 3',
      ]),
    );
    expect(mockGeladen()).toContain('pdfkit');
  });
});
