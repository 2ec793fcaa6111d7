import { SubsidiesTestApp } from './subsidies-test-app';

/** The upload limit (IMPORT_LIMIT_BYTES, 50 MB) belongs to the import operation, not to every route of subsidies. */
describe('subsidies: upload bodies only where an operation takes them', () => {
  const t = new SubsidiesTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('refuses 3 MB of text/csv sent to a JSON operation with 415, before reading it', async () => {
    const fin = await t.as('financien', 'GM0014');
    const res = await fin.post('/api/v1/regelingen').set('Content-Type', 'text/csv').send('a,b,c\n'.repeat(500_000));
    expect(res.status).toBe(415);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('still takes a CSV at the import operation', async () => {
    const fin = await t.as('financien', 'GM0014');
    await fin
      .post('/api/v1/regelingen', {
        code: 'UPLOAD',
        naam: 'Upload',
        startdatum: '2026-01-01',
        einddatum: '2026-12-31',
        gemeentecodes: ['GM0014'],
        cofinancieringspercentage: 60,
      })
      .expect(201);
    const csv =
      'regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk\nUPLOAD,materiaal,100,2026-04-01,laptop,f-1\n';
    const res = await fin.post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv);
    expect(res.status).toBe(201);
  });
});
