import { WerkgeversTestApp } from './werkgevers-test-app';

/**
 * Issue 18, the employer team's day: a vacancy's status with its places filled (vervuld automatically when the
 * running placements reach its places; ingetrokken refuses placements), and arrangements with their occupancy.
 */
describe('werkgevers: vacancy status and arrangement occupancy', () => {
  const t = new WerkgeversTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  let kvk = 30_000_000 + Math.floor(Math.random() * 1_000_000) * 10;
  const team = (organisatie = 'GM0014') => t.as('werkgeversteam', organisatie);
  const werkgeverVan = async (organisatie = 'GM0014') =>
    (
      await (
        await team(organisatie)
      )
        .post('/api/v1/werkgevers', { kvkNummer: String(++kvk), naam: 'Zorggroep Status', gemeentecode: 'GM0014' })
        .expect(201)
    ).body.id as string;
  const vacatureBij = async (werkgeverId: string, aantal: number, organisatie = 'GM0014') =>
    (
      await (
        await team(organisatie)
      )
        .post(`/api/v1/werkgevers/${werkgeverId}/vacatures`, { titel: 'Helpende', urenPerWeek: 24, aantal })
        .expect(201)
    ).body.id as string;
  const plaats = async (werkgeverId: string, extra: { vacatureId?: string; arrangementId?: string }) =>
    (await team()).post('/api/v1/plaatsingen', {
      trajectId: (await t.traject('matchen', 'GM0014')).trajectId,
      werkgeverId,
      startdatum: '2026-03-01',
      urenPerWeek: 24,
      contractvorm: 'vast',
      ...extra,
    });
  const geplaatst = async (werkgeverId: string, extra: { vacatureId?: string; arrangementId?: string }) => {
    const res = await plaats(werkgeverId, extra);
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const vacature = async (id: string) => (await (await team()).get(`/api/v1/vacatures/${id}`).expect(200)).body;

  it('starts open, becomes vervuld when its places are taken, and stays so when a placement ends', async () => {
    const werkgever = await werkgeverVan();
    const id = await vacatureBij(werkgever, 2);
    expect(await vacature(id)).toMatchObject({ status: 'open', statusReden: null, aantal: 2, vervuld: 0 });
    const eerste = await geplaatst(werkgever, { vacatureId: id });
    expect(await vacature(id)).toMatchObject({ status: 'open', vervuld: 1 });
    await geplaatst(werkgever, { vacatureId: id });
    expect(await vacature(id)).toMatchObject({ status: 'vervuld', vervuld: 2 });

    await (
      await team()
    )
      .post(`/api/v1/plaatsingen/${eerste}/beeindiging`, { einddatum: '2026-04-01', reden: 'proeftijd' })
      .expect(200);
    expect(await vacature(id)).toMatchObject({ status: 'vervuld', vervuld: 1 });
    const heropend = await (await team()).post(`/api/v1/vacatures/${id}/status`, { status: 'open' }).expect(200);
    expect(heropend.body).toEqual({ id, status: 'open', statusReden: null, aantal: 2, vervuld: 1 });
  });

  it('refuses placements on a withdrawn vacancy (409), audits the change, and refuses the same status again', async () => {
    const werkgever = await werkgeverVan();
    const id = await vacatureBij(werkgever, 3);
    const wt = await team();
    const ingetrokken = await wt
      .post(`/api/v1/vacatures/${id}/status`, { status: 'ingetrokken', reden: 'Budget vervallen' })
      .expect(200);
    expect(ingetrokken.body).toEqual({
      id,
      status: 'ingetrokken',
      statusReden: 'Budget vervallen',
      aantal: 3,
      vervuld: 0,
    });

    const geweigerd = await plaats(werkgever, { vacatureId: id });
    expect(geweigerd.status).toBe(409);
    expect(geweigerd.body.type).toBe('https://werkinzicht.nl/problemen/conflict');
    expect(geweigerd.body.detail).toMatch(/withdrawn/);
    expect((await t.query('SELECT count(*)::int AS n FROM plaatsingen WHERE vacature_id = $1', [id]))[0].n).toBe(0);

    const nogmaals = await wt.post(`/api/v1/vacatures/${id}/status`, { status: 'ingetrokken' });
    expect(nogmaals.status).toBe(409);
    expect(
      await t.query(`SELECT actie, details, organisatie FROM audit_log WHERE wat_id = $1 ORDER BY id`, [id]),
    ).toEqual([
      {
        actie: 'vacature-status-wijzigen',
        details: { status: 'ingetrokken', reden: 'Budget vervallen', was: 'open' },
        organisatie: 'GM0014',
      },
    ]);
    await wt.post(`/api/v1/vacatures/${id}/status`, { status: 'gesloten' }).expect(400);
    await wt.post(`/api/v1/vacatures/${id}/status`, { status: 'open', verzonnen: true }).expect(400);
  });

  it("lets only the employer's organisation or beheer change the status: another reads it but gets 403; unknown is 404", async () => {
    const werkgever = await werkgeverVan('GM0014');
    const id = await vacatureBij(werkgever, 1);
    const ander = await team('GM0106');
    await ander.get(`/api/v1/vacatures/${id}`).expect(200);
    await ander.post(`/api/v1/vacatures/${id}/status`, { status: 'ingetrokken' }).expect(403);
    expect((await vacature(id)).status).toBe('open');
    await ander.post('/api/v1/vacatures/00000000-0000-4000-8000-000000000000/status', { status: 'open' }).expect(404);
    await (await t.as('beheer', 'wiz')).post(`/api/v1/vacatures/${id}/status`, { status: 'vervuld' }).expect(200);
    expect((await vacature(id)).status).toBe('vervuld');
  });

  it('lists vacancies by status and employer, with the places filled', async () => {
    const werkgever = await werkgeverVan();
    const open = await vacatureBij(werkgever, 1);
    const weg = await vacatureBij(werkgever, 1);
    await (await team()).post(`/api/v1/vacatures/${weg}/status`, { status: 'ingetrokken' }).expect(200);
    const lijst = async (query: object) =>
      (
        await (
          await team()
        )
          .get('/api/v1/vacatures')
          .query({ werkgeverId: werkgever, ...query })
          .expect(200)
      ).body;
    expect((await lijst({})).items.map((v: { id: string }) => v.id)).toEqual([weg, open]);
    const ingetrokken = await lijst({ status: 'ingetrokken' });
    expect(ingetrokken).toMatchObject({ totaal: 1, pagina: 1 });
    expect(ingetrokken.items[0]).toMatchObject({ id: weg, werkgeverNaam: 'Zorggroep Status', status: 'ingetrokken' });
    expect((await lijst({ status: 'open' })).items.map((v: { id: string }) => v.id)).toEqual([open]);
    await (await team()).get('/api/v1/vacatures').query({ status: 'dicht' }).expect(400);
  });

  it('lists arrangements with places and occupancy; one shows the placements in it the caller may see', async () => {
    const werkgever = await werkgeverVan();
    const arrangementId = (
      await (
        await team()
      )
        .post('/api/v1/arrangementen', {
          naam: 'Kansrijk Opleiden zorg',
          soort: 'kansrijk-opleiden',
          werkgeverIds: [werkgever],
          plaatsen: 3,
          startdatum: '2026-01-01',
          einddatum: '2026-12-31',
        })
        .expect(201)
    ).body.id;
    const eerste = await geplaatst(werkgever, { arrangementId });
    await geplaatst(werkgever, { arrangementId });
    const inLijst = async () =>
      (await (await team()).get('/api/v1/arrangementen?paginagrootte=200').expect(200)).body.items.find(
        (a: { id: string }) => a.id === arrangementId,
      );
    expect(await inLijst()).toMatchObject({ plaatsen: 3, bezet: 2, werkgeverIds: [werkgever] });

    await (
      await team()
    )
      .post(`/api/v1/plaatsingen/${eerste}/beeindiging`, { einddatum: '2026-05-01', reden: 'opleiding gestopt' })
      .expect(200);
    expect((await inLijst()).bezet).toBe(1);
    const detail = (await (await team()).get(`/api/v1/arrangementen/${arrangementId}`).expect(200)).body;
    expect(detail).toMatchObject({ plaatsen: 3, bezet: 1 });
    expect(detail.plaatsingen).toHaveLength(2);
    expect(detail.plaatsingen.find((p: { id: string }) => p.id === eerste)).toEqual({
      id: eerste,
      werkgeverId: werkgever,
      werkgeverNaam: 'Zorggroep Status',
      vacatureTitel: null,
      startdatum: '2026-03-01',
      einddatum: '2026-05-01',
      eindReden: 'opleiding gestopt',
      eindRedenCode: 'overig',
    });
    // The read names the person of each placement it showed, for their "who read my data".
    const gelezen = async () =>
      (
        await t.query(
          `SELECT inwoner_ids::text[] AS ids FROM audit_log WHERE actie = 'arrangement-inzien' ORDER BY id DESC LIMIT 1`,
        )
      )[0].ids;
    const personen = await t.query(`SELECT inwoner_id FROM plaatsingen WHERE arrangement_id = $1`, [arrangementId]);
    expect([...(await gelezen())].sort()).toEqual(personen.map((p: { inwoner_id: string }) => p.inwoner_id).sort());
    // Another organisation reads the arrangement and its occupancy, but not the placements of persons it does not hold.
    const ander = (await (await team('GM0106')).get(`/api/v1/arrangementen/${arrangementId}`).expect(200)).body;
    expect(ander).toMatchObject({ bezet: 1, plaatsingen: [] });
    expect(await gelezen()).toEqual([]);
  });
});
