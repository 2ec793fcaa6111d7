import { ActiviteitAfgerond, EventDefinition, StapGezet, TrajectAfgesloten } from '@wiz/contracts';
import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';

describe('trajecten: steps, activities, closing, versions and the worklist', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const events = async (definition: EventDefinition, trajectId: string) =>
    (await t.published(definition))
      .map((m) => m.json<{ data: Record<string, unknown> }>().data)
      .filter((d) => d.trajectId === trajectId);

  it('moves forward, back and skipping, recording who, when and why, and publishes stap-gezet', async () => {
    const c = await t.as('consulent');
    const { id } = await t.nieuwTraject();
    await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'ontwikkelen', toelichting: 'klaar voor scholing' })
      .expect(200);
    await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'begeleiden', toelichting: 'eerst begeleiding' })
      .expect(200);
    const res = await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'matchen', toelichting: 'direct naar werk' })
      .expect(200);
    expect(res.headers.etag).toBe('"4"');
    const traject = (await c.get(`/api/v1/trajecten/${id}`).expect(200)).body;
    expect(traject.stappen.map((s: { stap: string }) => s.stap)).toEqual([
      'orienteren',
      'ontwikkelen',
      'begeleiden',
      'matchen',
    ]);
    const history = await t.query(
      'SELECT van, naar, door, toelichting FROM stap_overgangen WHERE traject_id = $1 ORDER BY id',
      [id],
    );
    expect(history[2]).toEqual({
      van: 'begeleiden',
      naar: 'matchen',
      door: 'dev-consulent',
      toelichting: 'direct naar werk',
    });
    await eventually(async () =>
      expect((await events(StapGezet, id)).map((e) => e.naar)).toEqual(['ontwikkelen', 'begeleiden', 'matchen']),
    );
    await c.post(`/api/v1/trajecten/${id}/stappen`, { stap: 'matchen', toelichting: 'nogmaals' }).expect(400);
  });

  it('answers 412 to a stale If-Match and accepts the current one', async () => {
    const c = await t.as('consulent');
    const { id } = await t.nieuwTraject();
    const etag = (await c.get(`/api/v1/trajecten/${id}`).expect(200)).headers.etag;
    await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'begeleiden', toelichting: 'a' })
      .set('If-Match', etag)
      .expect(200);
    const stale = await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'scholen', toelichting: 'b' })
      .set('If-Match', etag)
      .expect(412);
    expect(stale.headers['content-type']).toMatch(/problem\+json/);
    await c
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'scholen', toelichting: 'b' })
      .set('If-Match', '"2"')
      .expect(200);
  });

  it('runs activities: start, complete once, and publishes activiteit-afgerond', async () => {
    const c = await t.as('consulent');
    const { id } = await t.nieuwTraject();
    const { id: activiteitId } = (
      await c
        .post(`/api/v1/trajecten/${id}/activiteiten`, { soort: 'kansrijk-opleiden', startdatum: '2026-01-05' })
        .expect(201)
    ).body;
    await c
      .post(`/api/v1/trajecten/${id}/activiteiten/${activiteitId}/afronding`, {
        resultaat: 'behaald',
        datum: '2026-01-04',
      })
      .expect(400);
    await c
      .post(`/api/v1/trajecten/${id}/activiteiten/${activiteitId}/afronding`, {
        resultaat: 'behaald',
        datum: '2026-06-30',
      })
      .expect(200);
    await c
      .post(`/api/v1/trajecten/${id}/activiteiten/${activiteitId}/afronding`, {
        resultaat: 'behaald',
        datum: '2026-06-30',
      })
      .expect(409);
    expect((await c.get(`/api/v1/trajecten/${id}`).expect(200)).body.activiteiten).toEqual([
      {
        id: activiteitId,
        soort: 'kansrijk-opleiden',
        startdatum: '2026-01-05',
        resultaat: 'behaald',
        datum: '2026-06-30',
      },
    ]);
    await c.post(`/api/v1/trajecten/${id}/activiteiten`, { soort: 'yoga', startdatum: '2026-01-05' }).expect(400);
    await eventually(async () => expect(await events(ActiviteitAfgerond, id)).toHaveLength(1));
  });

  it('closes with a reason, refuses every change afterwards with 409, and publishes traject-afgesloten', async () => {
    const c = await t.as('consulent');
    const { id } = await t.nieuwTraject();
    await c.post(`/api/v1/trajecten/${id}/afsluiting`, { reden: 'werk', datum: '2026-07-01' }).expect(200);
    await c.post(`/api/v1/trajecten/${id}/stappen`, { stap: 'matchen', toelichting: 'x' }).expect(409);
    await c.post(`/api/v1/trajecten/${id}/activiteiten`, { soort: 'taal', startdatum: '2026-07-02' }).expect(409);
    await c.post(`/api/v1/trajecten/${id}/afsluiting`, { reden: 'anders', datum: '2026-07-02' }).expect(409);
    expect((await c.get(`/api/v1/trajecten/${id}`).expect(200)).body).toMatchObject({
      status: 'afgesloten',
      afsluiting: { reden: 'werk', datum: '2026-07-01' },
    });
    const reminders = await t.query(
      `SELECT status FROM opvolgingen WHERE traject_id = $1 AND soort IN ('contactmoment', 'stilstand')`,
      [id],
    );
    expect(reminders.map((r) => r.status)).toEqual(['vervallen', 'vervallen']);
    await eventually(async () => expect(await events(TrajectAfgesloten, id)).toHaveLength(1));
  });

  it("hides another organisation's traject (404) and keeps it out of the worklist", async () => {
    const { id } = await t.nieuwTraject({ organisatie: 'GM0034', gemeentecode: 'GM0034' });
    await (
      await t.as('consulent', 'GM0014')
    )
      .post(`/api/v1/trajecten/${id}/stappen`, { stap: 'matchen', toelichting: 'x' })
      .expect(404);
    const werklijst = (await (await t.as('consulent', 'GM0014')).get('/api/v1/trajecten?paginagrootte=200').expect(200))
      .body;
    expect(werklijst.items.map((i: { id: string }) => i.id)).not.toContain(id);
    expect(
      (await (await t.as('consulent', 'GM0034')).get('/api/v1/trajecten').expect(200)).body.items.map(
        (i: { id: string }) => i.id,
      ),
    ).toContain(id);
  });

  it('filters the worklist by step and status and pages it', async () => {
    const org = 'GM1952';
    for (let i = 0; i < 3; i++) await t.nieuwTraject({ organisatie: org, gemeentecode: org, stap: 'scholen' });
    await t.nieuwTraject({ organisatie: org, gemeentecode: org, stap: 'matchen' });
    const c = await t.as('consulent', org);
    const scholen = (await c.get('/api/v1/trajecten?stap=scholen&status=actief&paginagrootte=2').expect(200)).body;
    expect(scholen).toMatchObject({ totaal: 3, pagina: 1, paginagrootte: 2 });
    expect(scholen.items).toHaveLength(2);
    expect(
      (await c.get('/api/v1/trajecten?stap=scholen&paginagrootte=2&pagina=2').expect(200)).body.items,
    ).toHaveLength(1);
    expect((await c.get('/api/v1/trajecten?stilgevallen=true').expect(200)).body.totaal).toBe(0);
    await c.get('/api/v1/trajecten?stap=klaar').expect(400);
  });
});
