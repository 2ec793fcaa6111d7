import { SubsidiesTestApp } from './subsidies-test-app';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { PlatformConfig } from '@wiz/platform';
import { eventually } from '@wiz/platform/testing';
import { schrijfInWerker } from '../src/modules/declaraties/queries/werker/export-in-werker';
import { WerkerPlaatsen } from '../src/modules/declaraties/queries/werker/werker-plaatsen';
import {
  DECLARATIE_REPOSITORY,
  type DeclaratieRepositoryPort,
} from '../src/modules/declaraties/database/declaratie.repository.port';

/** Enough that the deflated sheet is far more than the buffers between the worker's cursor and the client. */
const LIJNEN = 20_000;
// One line fewer than the claim: it compiles as a job, and GET /declaraties/{id} streams it rather than reading it at once.
// One worker at a time, a request waiting a second for it.
const env = {
  IMPORT_DIRECT_MAX: String(LIJNEN),
  DECLARATIE_DIRECT_MAX: String(LIJNEN - 1),
  DECLARATIE_WERKERS_MAX: '1',
  DECLARATIE_WERKER_WACHT_MS: '1000',
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the claim export and the claim JSON in a worker thread', () => {
  const t = new SubsidiesTestApp(env);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let claimId: string;
  const kop = {
    regeling_code: 'WERKER',
    regeling_naam: 'Werker',
    periode_van: '2026-01-01',
    periode_tot: '2026-12-31',
    status: 'concept',
    resultaat: {},
  };
  const declaratie = {
    id: '',
    status: 'concept',
    regelingCode: 'WERKER',
    periodeVan: '2026-01-01',
    periodeTot: '2026-12-31',
    voortgang: 100,
  };
  const opdracht = () => ({
    databaseUrl: t.app.get(PlatformConfig).database.url,
    declaratieId: claimId,
    formaat: 'xlsx' as const,
    kop,
  });
  /** The worker's own connection, as PostgreSQL sees it. */
  const werkerVerbinding = () =>
    t.query(
      `SELECT state FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'wiz-subsidies-export'`,
    );

  beforeAll(async () => {
    const f = await t.as('financien', 'GM0014', 'controller-1');
    await f
      .post('/api/v1/regelingen', {
        code: 'WERKER',
        naam: 'Werker',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
    const csv = [
      'regelingCode;soort;bedragCenten;datum;omschrijving;bewijsstuk',
      ...Array.from({ length: LIJNEN }, (_, i) => `WERKER;materiaal;${100 + i};2026-04-01;item ${i};bon-${i}`),
    ].join('\r\n');
    await f.post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(201);
    claimId = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'WERKER', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(202)
    ).body.id;
    declaratie.id = claimId;
    await eventually(
      async () =>
        expect((await f.get(`/api/v1/declaraties/${claimId}?regels=geen`).expect(200)).body.status).toBe('concept'),
      30_000,
      200,
    );
  });

  it('writes the whole workbook over its own connection, which it closes when done', async () => {
    const out = new PassThrough();
    const delen: Buffer[] = [];
    out.on('data', (d: Buffer) => delen.push(d));
    await schrijfInWerker(out, opdracht());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(delen) as never);
    const lijnen = wb.getWorksheet('Kostenregels')!;
    expect(lijnen.rowCount).toBe(LIJNEN + 1);
    let som = 0;
    lijnen.eachRow((row, n) => {
      if (n > 1) som += row.getCell(4).value as number;
    });
    expect(som).toBe(LIJNEN * 100 + (LIJNEN * (LIJNEN - 1)) / 2);
    await eventually(async () => expect(await werkerVerbinding()).toEqual([]));
  });

  it('answers GET /declaraties/{id} with the claim it holds in memory, as one JSON value written by the worker', async () => {
    const f = await t.as('financien', 'GM0014', 'controller-1');
    const res = await f.get(`/api/v1/declaraties/${claimId}`).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['transfer-encoding']).toBe('chunked'); // written while sent, not built first
    expect(res.body).toEqual(await t.app.get<DeclaratieRepositoryPort>(DECLARATIE_REPOSITORY).lees(claimId));
    expect(res.body.opgenomen).toHaveLength(LIJNEN);
    expect(res.body.opgenomen).toEqual([...res.body.opgenomen].sort());
    await eventually(async () => expect(await werkerVerbinding()).toEqual([]));
  });

  it.each(['xlsx', 'json'] as const)(
    'waits with its cursor while nobody reads, and stops, ending its connection, when the client goes away (%s)',
    async (formaat) => {
      const out = new PassThrough();
      const geschreven = schrijfInWerker(out, formaat === 'xlsx' ? opdracht() : { ...opdracht(), formaat, declaratie });
      // Nobody reads `out`: the worker stalls inside the cursor's transaction instead of writing the whole file.
      await eventually(async () => expect(await werkerVerbinding()).toEqual([{ state: 'idle in transaction' }]));
      await sleep(300);
      const gebufferd = () => out.readableLength + out.writableLength;
      const vastgelopen = gebufferd();
      await sleep(1_000);
      expect(gebufferd()).toBe(vastgelopen);
      // A few pieces in the streams between (the XLSX is ~1.2 MB, the JSON ~0.8 MB; without backpressure all of it is
      // here).
      expect(vastgelopen).toBeLessThan(256 * 1024);
      expect(await werkerVerbinding()).toEqual([{ state: 'idle in transaction' }]);

      out.destroy();
      await expect(geschreven).rejects.toThrow(/stopped/);
      await eventually(async () => expect(await werkerVerbinding()).toEqual([]));
    },
  );

  /** A worker that holds the one place: nobody reads what it writes. */
  const houdPlaatsBezet = async () => {
    const out = new PassThrough();
    const bezig = t.app.get(WerkerPlaatsen).schrijf(out, opdracht());
    await eventually(async () => expect(await werkerVerbinding()).toEqual([{ state: 'idle in transaction' }]));
    return {
      vrij: async () => {
        out.destroy();
        await expect(bezig).rejects.toThrow(/stopped/);
      },
    };
  };

  it('answers 503 with Retry-After when no worker is free within the wait, for the export and for the JSON', async () => {
    const f = await t.as('financien', 'GM0014', 'controller-1');
    const bezet = await houdPlaatsBezet();
    for (const pad of [`/api/v1/declaraties/${claimId}/export?formaat=csv`, `/api/v1/declaraties/${claimId}`]) {
      const res = await f.get(pad).expect(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('1');
      expect(res.body).toMatchObject({ status: 503, type: 'https://werkinzicht.nl/problemen/bezet' });
      expect(res.body.detail).toMatch(/Other large claims are being written/);
    }
    // The small parts of a claim take no worker.
    await f.get(`/api/v1/declaraties/${claimId}?regels=geen`).expect(200);
    await f.get(`/api/v1/declaraties/${claimId}/export?formaat=pdf`).expect(200);
    await bezet.vrij();
    await eventually(async () => expect(await werkerVerbinding()).toEqual([]));
  });

  it('lets a request that waits have the worker once it is free', async () => {
    const f = await t.as('financien', 'GM0014', 'controller-1');
    const bezet = await houdPlaatsBezet();
    const wachtend = f.get(`/api/v1/declaraties/${claimId}`).then((res) => res);
    await sleep(300);
    await bezet.vrij();
    const res = await wachtend;
    expect(res.status).toBe(200);
    expect(res.body.opgenomen).toHaveLength(LIJNEN);
  });

  it('starts no worker for a client that left while it waited', async () => {
    const bezet = await houdPlaatsBezet();
    const weg = new PassThrough();
    const wachtend = t.app.get(WerkerPlaatsen).schrijf(weg, opdracht());
    weg.destroy();
    await bezet.vrij();
    // A worker writing to it would wait for a reader forever, in its cursor's transaction.
    await wachtend;
    await sleep(300);
    expect(await werkerVerbinding()).toEqual([]);
  });
});
