import { TrajectenTestApp } from './trajecten-test-app';
import { toegewezenEvents } from './toegewezen-events';
import { leerwerkloketOntvanger } from './leerwerkloket';

/** Warm handover between organisations: proposed, accepted or declined once, and the traject's scoping follows. */
describe('trajecten: handover (warme overdracht)', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const gemeente = () => t.as('consulent', 'GM0014', 'gemeente-consulent');
  const loket = () => t.as('consulent', 'leerwerkloket', 'loket-consulent');
  const naarStap = async (id: string, stap: string) =>
    (await gemeente()).post(`/api/v1/trajecten/${id}/stappen`, { stap, toelichting: stap }).expect(200);

  beforeAll(() => leerwerkloketOntvanger(t, 'loket-consulent', 'scholing'));

  it('moves the traject on acceptance: new organisation and consulent, the old one gets 404, both see the history', async () => {
    const { id } = await t.nieuwTraject();
    const g = await gemeente();
    const l = await loket();
    await l.get(`/api/v1/trajecten/${id}`).expect(404);
    await naarStap(id, 'scholen');

    const voorstel = await g
      .post(`/api/v1/trajecten/${id}/overdrachten`, {
        naarOrganisatie: 'leerwerkloket',
        toelichting: 'start mbo-2 zorg',
      })
      .expect(201);
    expect(voorstel.body).toEqual({ id: expect.any(String), status: 'voorgesteld' });
    await g.post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'GM0034', toelichting: 'x' }).expect(409);

    const teBeantwoorden = (await l.get('/api/v1/overdrachten?status=voorgesteld').expect(200)).body.items;
    expect(teBeantwoorden).toContainEqual(
      expect.objectContaining({
        id: voorstel.body.id,
        trajectId: id,
        vanOrganisatie: 'GM0014',
        toelichting: 'start mbo-2 zorg',
      }),
    );
    expect((await g.get('/api/v1/overdrachten?status=voorgesteld').expect(200)).body.items).toEqual([]);
    await g.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(404); // only the receiver answers

    const aanvaard = await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(200);
    expect(aanvaard.body).toEqual({
      id: voorstel.body.id,
      status: 'geaccepteerd',
      trajectId: id,
      organisatie: 'leerwerkloket',
      consulent: 'loket-consulent',
    });
    await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(409);

    await g.get(`/api/v1/trajecten/${id}`).expect(404);
    expect((await l.get(`/api/v1/trajecten/${id}`).expect(200)).body).toMatchObject({
      organisatie: 'leerwerkloket',
      versie: 3,
    });
    expect((await l.get('/api/v1/caseload').expect(200)).body.items.map((i: { id: string }) => i.id)).toContain(id);
    for (const kant of [g, l]) {
      const historie = (await kant.get(`/api/v1/trajecten/${id}/overdrachten`).expect(200)).body.items;
      expect(historie).toEqual([
        expect.objectContaining({
          id: voorstel.body.id,
          status: 'geaccepteerd',
          naarOrganisatie: 'leerwerkloket',
          voorgesteldDoor: 'gemeente-consulent',
          besluit: expect.objectContaining({ door: 'loket-consulent' }),
        }),
      ]);
    }
    await (await t.as('consulent', 'GM0034')).get(`/api/v1/trajecten/${id}/overdrachten`).expect(404);

    const events = await toegewezenEvents(t, id, 2);
    expect(events[1]).toMatchObject({
      organisatie: 'leerwerkloket',
      team: 'scholing',
      consulent: 'loket-consulent',
      reden: 'overdracht',
      versie: 3,
    });
  });

  it('refuses an unknown organisation or the own one (400), and a closed traject (409)', async () => {
    const { id } = await t.nieuwTraject();
    const g = await gemeente();
    for (const naarOrganisatie of ['nergens', 'GM14', 'GM0014']) {
      const fout = await g
        .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie, toelichting: 'x' })
        .expect(400);
      expect(fout.body.errors[0].field).toBe('naarOrganisatie');
    }
    await (
      await t.as('consulent', 'GM0034')
    )
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'UWV', toelichting: 'x' })
      .expect(404);
    await g.post(`/api/v1/trajecten/${id}/afsluiting`, { reden: 'werk', datum: '2026-03-01' }).expect(200);
    await g.post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'UWV', toelichting: 'x' }).expect(409);
  });

  it('keeps the traject where it is when the receiver declines, with the reason; declining again is 409', async () => {
    const { id } = await t.nieuwTraject();
    const g = await gemeente();
    const l = await loket();
    await naarStap(id, 'ontwikkelen');
    const voorstel = await g
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'leerwerkloket', toelichting: 'scholing' })
      .expect(201);
    await l.post(`/api/v1/overdrachten/${voorstel.body.id}/afwijzing`, { reden: '' }).expect(400);
    const af = await l.post(`/api/v1/overdrachten/${voorstel.body.id}/afwijzing`, { reden: 'geen plek' }).expect(200);
    expect(af.body).toMatchObject({ status: 'afgewezen', organisatie: 'GM0014' });
    await l.post(`/api/v1/overdrachten/${voorstel.body.id}/afwijzing`, { reden: 'geen plek' }).expect(409);
    await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(409);
    expect((await g.get(`/api/v1/trajecten/${id}`).expect(200)).body.versie).toBe(2);
    // The note was about the person: the organisation that declined keeps the record of its answer, not the note.
    const [h] = (await l.get(`/api/v1/trajecten/${id}/overdrachten`).expect(200)).body.items;
    expect(h).toMatchObject({ status: 'afgewezen', toelichting: null, besluit: { reden: 'geen plek' } });
    const bijOntvanger = (await l.get('/api/v1/overdrachten').expect(200)).body.items;
    expect(bijOntvanger.find((o: { id: string }) => o.id === voorstel.body.id)).toMatchObject({ toelichting: null });
    const [bijVoorsteller] = (await g.get(`/api/v1/trajecten/${id}/overdrachten`).expect(200)).body.items;
    expect(bijVoorsteller).toMatchObject({ status: 'afgewezen', toelichting: 'scholing' });
    await g
      .post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie: 'UWV', toelichting: 'dan UWV' })
      .expect(201);
  });

  it('hands over only to an organisation that runs the step the traject is in, and accepts only while it still is', async () => {
    const { id } = await t.nieuwTraject();
    const g = await gemeente();
    const l = await loket();
    const stelVoor = (naarOrganisatie: string) =>
      g.post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie, toelichting: 'volgende stap' });
    // In Oriënteren: neither the leerwerkloket nor the werkgeversservicepunt runs it; nothing is stored.
    for (const naar of ['leerwerkloket', 'werkgeversservicepunt']) {
      const fout = await stelVoor(naar).expect(400);
      expect(fout.headers['content-type']).toContain('application/problem+json');
      expect(fout.body.errors[0]).toMatchObject({ field: 'naarOrganisatie' });
      expect(fout.body.errors[0].message).toContain('orienteren');
    }
    expect(await t.query('SELECT id FROM overdrachten WHERE traject_id = $1', [id])).toEqual([]);

    await naarStap(id, 'matchen');
    await stelVoor('leerwerkloket').expect(400);
    await naarStap(id, 'scholen');
    const voorstel = await stelVoor('leerwerkloket').expect(201);
    // Moved on to Matchen before the answer: the leerwerkloket cannot take it on there.
    await naarStap(id, 'matchen');
    const te = await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(409);
    expect(te.body.detail).toContain('matchen');
    expect((await g.get(`/api/v1/trajecten/${id}`).expect(200)).body.organisatie).toBe('GM0014');
    await naarStap(id, 'scholen');
    await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(200);
  });
});
