import { SubsidiesTestApp } from './subsidies-test-app';

const env = { DECLARATIE_DIRECT_MAX: '20' };

/** The lists behind the finance screens: cost lines, claims and one claim's lines, filtered and paged. */
describe('subsidies: lists of cost lines, claims and claim lines', () => {
  const t = new SubsidiesTestApp(env);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const fin = () => t.as('financien', 'WIZ');

  it('lists cost lines per scheme newest first, paged, and marks the ones a submitted claim holds', async () => {
    const f = await fin();
    for (const code of ['LIJST', 'ANDER']) {
      await f
        .post('/api/v1/regelingen', {
          code,
          naam: code,
          startdatum: '2026-01-01',
          einddatum: '2026-06-30',
          gemeentecodes: ['GM0014'],
          cofinancieringspercentage: 50,
        })
        .expect(201);
    }
    const csv = [
      'regelingCode,soort,bedragCenten,datum,omschrijving,bewijsstuk',
      'LIJST,opleiding,1000,2026-02-01,cursus,f-1',
      'LIJST,materiaal,250,2026-03-01,laptop,',
      'LIJST,overig,99,2026-08-01,te laat,f-3',
      'ANDER,overig,5,2026-02-01,elders,f-4',
    ].join('\n');
    await f.post('/api/v1/kostenregels/import').set('Content-Type', 'text/csv').send(csv).expect(201);

    const eerste = (await f.get('/api/v1/kostenregels?regelingCode=LIJST&paginagrootte=2').expect(200)).body;
    expect(eerste).toMatchObject({ pagina: 1, paginagrootte: 2, totaal: 3 });
    expect(eerste.items.map((k: { datum: string }) => k.datum)).toEqual(['2026-08-01', '2026-03-01']);
    expect(eerste.items[1]).toEqual({
      id: expect.any(String),
      regelingCode: 'LIJST',
      soort: 'materiaal',
      bedragCenten: 250,
      datum: '2026-03-01',
      omschrijving: 'laptop',
    });
    expect(
      (await f.get('/api/v1/kostenregels?regelingCode=LIJST&paginagrootte=2&pagina=2').expect(200)).body.items.map(
        (k: { bewijsstuk: string }) => k.bewijsstuk,
      ),
    ).toEqual(['f-1']);
    expect((await f.get('/api/v1/kostenregels').expect(200)).body.totaal).toBe(4);
    await f.get('/api/v1/kostenregels?paginagrootte=201').expect(400);

    const claim = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'LIJST', periodeVan: '2026-01-01', periodeTot: '2026-12-31' })
        .expect(201)
    ).body;
    await f.post(`/api/v1/declaraties/${claim.id}/indiening`).expect(200);
    const lijnen = (await f.get('/api/v1/kostenregels?regelingCode=LIJST').expect(200)).body.items;
    expect(
      lijnen
        .filter((k: { ingediendInDeclaratie?: string }) => k.ingediendInDeclaratie === claim.id)
        .map((k: { omschrijving: string }) => k.omschrijving),
    ).toEqual(['cursus']);
  });

  it('lists claims by scheme and status, and one claim’s lines with their amounts and reasons', async () => {
    const f = await fin();
    const concept = (
      await f
        .post('/api/v1/declaraties', { regelingCode: 'ANDER', periodeVan: '2026-01-01', periodeTot: '2026-03-31' })
        .expect(201)
    ).body;
    const lijst = (await f.get('/api/v1/declaraties?regelingCode=ANDER').expect(200)).body;
    expect(lijst).toMatchObject({ pagina: 1, paginagrootte: 50, totaal: 1 });
    expect(lijst.items[0]).toEqual({
      id: concept.id,
      regelingCode: 'ANDER',
      periodeVan: '2026-01-01',
      periodeTot: '2026-03-31',
      status: 'concept',
      voortgang: 100,
      subsidiabelCenten: 5,
      bijdrageCenten: 2,
      aangemaaktOp: expect.any(String),
    });
    expect(
      (await f.get('/api/v1/declaraties?status=ingediend').expect(200)).body.items.map(
        (d: { regelingCode: string }) => d.regelingCode,
      ),
    ).toEqual(['LIJST']);
    await f.get('/api/v1/declaraties?status=weg').expect(400);

    const [ingediend] = (await f.get('/api/v1/declaraties?regelingCode=LIJST').expect(200)).body.items;
    const uit = (await f.get(`/api/v1/declaraties/${ingediend.id}/regels?opgenomen=false`).expect(200)).body;
    expect(
      uit.items.map((r: { omschrijving: string; reden: string; bedragCenten: number }) => [
        r.omschrijving,
        r.reden,
        r.bedragCenten,
      ]),
    ).toEqual([
      ['laptop', 'geen-bewijsstuk', 250],
      ['te laat', 'buiten-periode', 99],
    ]);
    const alle = (await f.get(`/api/v1/declaraties/${ingediend.id}/regels?paginagrootte=1&pagina=1`).expect(200)).body;
    expect(alle).toMatchObject({
      totaal: 3,
      items: [{ omschrijving: 'cursus', opgenomen: true, bewijsstuk: 'f-1', soort: 'opleiding' }],
    });
    await f.get('/api/v1/declaraties/00000000-0000-4000-8000-000000000000/regels').expect(404);
  });
});
