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
      huidigeStap: 'scholen',
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
    // The holder reads the whole history; the organisation that declined only its own part, not where it went next.
    const naar = async (kant: typeof g) =>
      (await kant.get(`/api/v1/trajecten/${id}/overdrachten`).expect(200)).body.items.map(
        (o: { naarOrganisatie: string }) => o.naarOrganisatie,
      );
    expect(await naar(g)).toEqual(['leerwerkloket', 'UWV']);
    expect(await naar(l)).toEqual(['leerwerkloket']);
  });

  it('hands over only in a step the receiver runs; acceptance moves the traject into it, a declined one leaves it', async () => {
    const { id } = await t.nieuwTraject();
    const g = await gemeente();
    const l = await loket();
    const stelVoor = (naarOrganisatie: string, naarStap?: string) =>
      g.post(`/api/v1/trajecten/${id}/overdrachten`, { naarOrganisatie, naarStap, toelichting: 'volgende stap' });
    // In Oriënteren: neither the leerwerkloket nor the werkgeversservicepunt runs it; nothing is stored.
    for (const [naar, stap] of [
      ['leerwerkloket', undefined],
      ['werkgeversservicepunt', undefined],
      ['leerwerkloket', 'matchen'],
      ['werkgeversservicepunt', 'scholen'],
    ] as const) {
      const fout = await stelVoor(naar, stap).expect(400);
      expect(fout.headers['content-type']).toContain('application/problem+json');
      expect(fout.body.errors[0]).toMatchObject({ field: 'naarOrganisatie' });
      expect(fout.body.errors[0].message).toContain(stap ?? 'orienteren');
    }
    await stelVoor('leerwerkloket', 'vliegen').expect(400);
    expect(await t.query('SELECT id FROM overdrachten WHERE traject_id = $1', [id])).toEqual([]);

    // Declined: the traject stays in its step, so nothing moved and nothing counts.
    const eerste = await stelVoor('leerwerkloket', 'scholen').expect(201);
    await l.post(`/api/v1/overdrachten/${eerste.body.id}/afwijzing`, { reden: 'vol' }).expect(200);
    expect((await g.get(`/api/v1/trajecten/${id}`).expect(200)).body).toMatchObject({
      huidigeStap: 'orienteren',
      versie: 1,
    });

    // Accepted: into Scholen and to the leerwerkloket at once, the step change recorded and announced like any.
    const voorstel = await stelVoor('leerwerkloket', 'scholen').expect(201);
    const historie = (await g.get(`/api/v1/trajecten/${id}/overdrachten`).expect(200)).body.items;
    expect(historie.at(-1)).toMatchObject({ id: voorstel.body.id, naarStap: 'scholen', status: 'voorgesteld' });
    const aanvaard = await l.post(`/api/v1/overdrachten/${voorstel.body.id}/acceptatie`).expect(200);
    expect(aanvaard.body).toMatchObject({ organisatie: 'leerwerkloket', huidigeStap: 'scholen' });
    const traject = (await l.get(`/api/v1/trajecten/${id}`).expect(200)).body;
    expect(traject).toMatchObject({ organisatie: 'leerwerkloket', huidigeStap: 'scholen', versie: 3 });
    expect(traject.overgangen.at(-1)).toMatchObject({
      van: 'orienteren',
      naar: 'scholen',
      door: 'loket-consulent',
      toelichting: 'Warme overdracht aan leerwerkloket geaccepteerd',
    });
    const [gezet] = await t.query<{ versie: number }>(
      `SELECT (envelope->'data'->>'versie')::int AS versie FROM outbox
        WHERE envelope->>'type' = 'wiz.trajecten.stap-gezet.v1' AND envelope->'data'->>'trajectId' = $1`,
      [id],
    );
    expect(gezet).toEqual({ versie: 2 });
    expect((await toegewezenEvents(t, id, 2))[1]).toMatchObject({ organisatie: 'leerwerkloket', versie: 3 });
  });
});
