import { parseImportRij } from './import-rij';
import type { KostenregelInvoer } from './kostenregel-invoer';
import { EERSTE_DATARIJ, ImportBeoordeling } from './valideer-import';
import { leesKop } from './import-kop';

const rij = (wijziging: Record<string, string> = {}) => ({
  regelingCode: 'JTF',
  inwonerId: '',
  soort: 'materiaal',
  bedragCenten: '1250',
  uren: '',
  uurtariefCenten: '',
  datum: '2026-04-01',
  omschrijving: 'laptop',
  bewijsstuk: 'f-1',
  ...wijziging,
});

describe('parseImportRij', () => {
  it('reads text cells, and empty cells as absent', () => {
    expect(parseImportRij(rij(), 2)).toEqual({
      ok: true,
      regel: {
        regelingCode: 'JTF',
        soort: 'materiaal',
        bedragCenten: 1_250,
        datum: '2026-04-01',
        omschrijving: 'laptop',
        bewijsstuk: 'f-1',
      },
    });
  });

  it('computes hours × rate exactly from the text: 7.5 × 4567 = 34252', () => {
    const uitkomst = parseImportRij(
      rij({ soort: 'personeel', bedragCenten: '', uren: '7.5', uurtariefCenten: '4567' }),
      2,
    );
    expect(uitkomst.ok && uitkomst.regel.bedragCenten).toBe(34_252);
  });

  it.each([
    ['12,5', /decimal comma/],
    ['1e3', /digits only/],
    ['1.250', /digits only/],
    ['€ 12', /digits only/],
    ['-5', /must not be negative/],
    ['99999999999999999999', /larger than any amount/],
  ])('refuses bedragCenten %s with a clear message', (tekst, melding) => {
    const uitkomst = parseImportRij(rij({ bedragCenten: tekst }), 7);
    expect(uitkomst).toEqual({
      ok: false,
      rijnummer: 7,
      fouten: [{ veld: 'bedragCenten', melding: expect.stringMatching(melding) }],
    });
  });

  it('refuses hours with a decimal comma or three decimals, once, on uren', () => {
    for (const uren of ['7,5', '7.125']) {
      const uitkomst = parseImportRij(rij({ soort: 'personeel', bedragCenten: '', uren, uurtariefCenten: '4567' }), 2);
      expect(uitkomst.ok ? [] : uitkomst.fouten.map((f) => f.veld)).toEqual(['uren']);
    }
  });

  it('refuses a cell holding a NUL character, naming the cell', () => {
    const uitkomst = parseImportRij(rij({ omschrijving: 'lap\u0000top' }), 3);
    expect(uitkomst).toEqual({
      ok: false,
      rijnummer: 3,
      fouten: [{ veld: 'omschrijving', melding: expect.stringMatching(/NUL/) }],
    });
  });

  it('names an unknown column, including one called __proto__', () => {
    const uitkomst = parseImportRij({ ...rij(), bewijstuk: 'f-2', ['__proto__']: 'x' }, 2);
    expect(uitkomst.ok ? [] : uitkomst.fouten).toEqual([
      { veld: 'bewijstuk', melding: 'unknown column' },
      { veld: '__proto__', melding: 'unknown column' },
    ]);
  });
});

/** Judges rows as an import does: the good lines, or every error when one row is bad. */
function valideerImport(
  rijen: Record<string, string>[],
): { regels: KostenregelInvoer[] } | { fouten: ImportBeoordeling['fouten'] } {
  const beoordeling = new ImportBeoordeling();
  const regels: KostenregelInvoer[] = [];
  rijen.forEach((r, i) => {
    const regel = beoordeling.beoordeel(r, i + EERSTE_DATARIJ);
    if (regel) regels.push(regel);
  });
  return beoordeling.geweigerd ? { fouten: beoordeling.fouten } : { regels };
}

describe('ImportBeoordeling: all or nothing', () => {
  it('returns every line when all rows are good', () => {
    const uitkomst = valideerImport([rij(), rij({ bedragCenten: '300' })]);
    expect('regels' in uitkomst && uitkomst.regels.map((r) => r.bedragCenten)).toEqual([1_250, 300]);
  });

  it('one bad row among good ones: no lines, the error names that row as a person sees it and the field', () => {
    const uitkomst = valideerImport([rij(), rij(), rij({ bedragCenten: '12,5' }), rij()]);
    expect(uitkomst).toEqual({
      fouten: [{ rijnummer: 4, veld: 'bedragCenten', melding: expect.stringContaining('decimal comma') }],
    });
  });

  it('lists every error of every bad row', () => {
    const uitkomst = valideerImport([rij(), rij({ bedragCenten: '-5' }), rij({ datum: '2026-13-01', soort: 'reis' })]);
    expect('fouten' in uitkomst && uitkomst.fouten.map((f) => `rij ${f.rijnummer}.${f.veld}`)).toEqual([
      'rij 3.bedragCenten',
      'rij 4.soort',
      'rij 4.datum',
    ]);
  });

  it('skips rows without any filled cell, keeping the row numbers of the sheet', () => {
    const leeg = Object.fromEntries(Object.keys(rij()).map((k) => [k, ' ']));
    expect(valideerImport([rij(), leeg, rij({ datum: 'gisteren' })])).toEqual({
      fouten: [expect.objectContaining({ rijnummer: 4, veld: 'datum' })],
    });
  });
});

describe('leesKop', () => {
  it('trims the column names', () => {
    expect(leesKop([' regelingCode', 'bedragCenten '])).toEqual({
      namen: ['regelingCode', 'bedragCenten'],
      fouten: [],
    });
  });

  it('refuses a column given twice, naming it, so neither cell can silently win', () => {
    expect(leesKop(['bedragCenten', 'soort', 'bedragCenten']).fouten).toEqual([
      { veld: 'bedragCenten', melding: expect.stringMatching(/more than once/) },
    ]);
  });

  it('refuses a NUL character in a column name, naming the column by position', () => {
    expect(leesKop(['soort', 'bedrag\u0000Centen']).fouten).toEqual([
      { veld: 'kolom 2', melding: expect.stringMatching(/NUL/) },
    ]);
  });
});
