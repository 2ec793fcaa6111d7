import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { toegewezenEvents } from './toegewezen-events';
import { randomUUID } from 'node:crypto';
import { kalenderdag, plusDagen } from '@wiz/contracts';
import { VervangingenAankondiging } from '../src/modules/caseload/jobs/vervangingen-aankondiging';

/** Medewerkers, assignment at start and by a team lead, the worklists and a stand-in (issue 18). */
describe('trajecten: caseload and assignment', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const org = 'GM0051';
  const beheer = () => t.as('beheer', 'WIZ');
  const teamleider = () => t.as('teamleider', org, 'tl-noord');
  const medewerker = async (subject: string, team: string | null = 'noord', organisatie = org, actief = true) =>
    (await beheer()).put(`/api/v1/medewerkers/${subject}`, { naam: subject, organisatie, team, actief }).expect(200);
  const traject = () => t.nieuwTraject({ organisatie: org, gemeentecode: org });
  const holder = async (id: string) =>
    (await t.query('SELECT consulent, team, versie FROM trajecten WHERE id = $1', [id]))[0];

  beforeAll(async () => {
    await medewerker('anna');
    await medewerker('bert');
    await medewerker('cor', 'zuid');
    await medewerker('dirk', 'noord', org, false);
    await medewerker('elders', 'noord', 'GM0034');
    await (
      await teamleider()
    )
      .put(`/api/v1/toewijzingsregels/${org}`, { regel: 'minst-belast', team: 'noord' })
      .expect(200);
  });

  it('registers medewerkers per organisation; a team lead manages and lists only their own', async () => {
    const tl = await teamleider();
    await tl
      .put('/api/v1/medewerkers/fleur', { naam: 'Fleur', organisatie: org, team: 'zuid', actief: true })
      .expect(200);
    await tl
      .put('/api/v1/medewerkers/fleur2', { naam: 'F', organisatie: 'GM0034', team: null, actief: true })
      .expect(404);
    await tl.put('/api/v1/medewerkers/elders', { naam: 'E', organisatie: org, team: null, actief: true }).expect(404);
    const lijst = (await tl.get('/api/v1/medewerkers?organisatie=GM0034').expect(200)).body.items;
    expect(lijst).toEqual([]);
    const eigen = (await tl.get('/api/v1/medewerkers').expect(200)).body.items.map(
      (m: { subject: string }) => m.subject,
    );
    expect(eigen).toEqual(expect.arrayContaining(['anna', 'bert', 'cor', 'dirk', 'fleur']));
    expect(eigen).not.toContain('elders');
    await (await t.as('consulent', org)).get('/api/v1/medewerkers').expect(403);
    await tl.put(`/api/v1/toewijzingsregels/${org}`, { regel: 'vast' }).expect(400);
    await tl.put('/api/v1/toewijzingsregels/GM0034', { regel: 'minst-belast' }).expect(404);
    await tl.put('/api/v1/toewijzingsregels/nergens', { regel: 'minst-belast' }).expect(400);
  });

  it('assigns each new traject to the least loaded active medewerker of the rule’s team, and says so (start, versie 1)', async () => {
    const een = await traject();
    const twee = await traject();
    const houders = [await holder(een.id), await holder(twee.id)].map((h) => h.consulent).sort();
    expect(houders).toEqual(['anna', 'bert']);
    expect((await holder(een.id)).team).toBe('noord');
    const [event] = await toegewezenEvents(t, een.id, 1);
    expect(event).toMatchObject({
      trajectId: een.id,
      inwonerId: een.inwonerId,
      organisatie: org,
      team: 'noord',
      consulent: (await holder(een.id)).consulent,
      reden: 'start',
      versie: 1,
    });
  });

  it('leaves a traject unassigned where the organisation has no rule', async () => {
    const { id } = await t.nieuwTraject({ organisatie: 'GM0037', gemeentecode: 'GM0037' });
    expect(await holder(id)).toMatchObject({ consulent: null, team: null });
    expect((await toegewezenEvents(t, id, 1))[0]).toMatchObject({ organisatie: 'GM0037', consulent: null, versie: 1 });
  });

  it('lets a team lead reassign within the organisation (herverdeling, the new versie), and refuses what does not fit', async () => {
    const tl = await teamleider();
    const { id } = await traject();
    const res = await tl
      .post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'cor' })
      .set('If-Match', '"1"')
      .expect(200);
    expect(res.body).toEqual({ id, organisatie: org, team: 'zuid', consulent: 'cor', versie: 2 });
    expect(res.headers.etag).toBe('"2"');
    const events = await toegewezenEvents(t, id, 2);
    expect(events[1]).toMatchObject({ consulent: 'cor', team: 'zuid', reden: 'herverdeling', versie: 2 });

    await tl.post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'cor' }).set('If-Match', '"1"').expect(412);
    for (const consulent of ['niemand', 'elders', 'dirk']) {
      const fout = await tl.post(`/api/v1/trajecten/${id}/toewijzing`, { consulent }).expect(400);
      expect(fout.body.errors[0].field).toBe('consulent');
    }
    await (
      await t.as('teamleider', 'GM0034')
    )
      .post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'cor' })
      .expect(404);
    await (await t.as('consulent', org)).post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'cor' }).expect(403);
    await (await beheer()).post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'anna' }).expect(200);

    await (
      await t.as('consulent', org)
    )
      .post(`/api/v1/trajecten/${id}/afsluiting`, { reden: 'werk', datum: '2026-03-01' })
      .expect(200);
    await tl.post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'bert' }).expect(409);
  });

  it('shows the caller’s own caseload and their team’s; a stand-in sees the colleague’s, marked, only in its period', async () => {
    const tl = await teamleider();
    const { id } = await traject();
    await tl.post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'anna' }).expect(200);
    const ids = async (subject: string, pad = '/api/v1/caseload') =>
      (await (await t.as('consulent', org, subject)).get(pad).expect(200)).body.items;

    const vanAnna = (await ids('anna')).find((i: { id: string }) => i.id === id);
    expect(vanAnna).toMatchObject({ consulent: 'anna', team: 'noord', waargenomenVoor: null, verlopen: false });
    expect(vanAnna.eersteVervaldatum).toEqual(expect.any(String));
    expect((await ids('bert')).map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await ids('bert', '/api/v1/caseload/team')).map((i: { id: string }) => i.id)).toContain(id);
    expect((await ids('cor', '/api/v1/caseload/team')).map((i: { id: string }) => i.id)).not.toContain(id);
    expect((await (await t.as('consulent', 'GM0034', 'anna')).get('/api/v1/caseload').expect(200)).body.items).toEqual(
      [],
    );

    const vandaag = kalenderdag(new Date());
    await tl
      .post('/api/v1/vervangingen', { vervanger: 'cor', voor: 'anna', van: '2020-01-01', tot: '2020-01-31' })
      .expect(201);
    expect((await ids('cor')).map((i: { id: string }) => i.id)).not.toContain(id);
    const { id: vervangingId } = (
      await tl.post('/api/v1/vervangingen', { vervanger: 'cor', voor: 'anna', van: vandaag, tot: vandaag }).expect(201)
    ).body;
    expect((await ids('cor')).find((i: { id: string }) => i.id === id)).toMatchObject({ waargenomenVoor: 'anna' });
    // Announced, so intake lets cor read the people too.
    const [gemeld] = await t.query(
      `SELECT envelope->'data' AS data FROM outbox WHERE envelope->>'type' = 'wiz.trajecten.vervanging-geregeld.v1' AND envelope->'data'->>'vervangingId' = $1`,
      [vervangingId],
    );
    expect(gemeld?.data).toEqual({
      vervangingId,
      organisatie: org,
      vervanger: 'cor',
      voor: 'anna',
      van: vandaag,
      tot: vandaag,
    });

    const fout = await tl
      .post('/api/v1/vervangingen', { vervanger: 'elders', voor: 'anna', van: vandaag, tot: vandaag })
      .expect(400);
    expect(fout.body.errors[0].field).toBe('vervanger');
    await tl
      .post('/api/v1/vervangingen', { vervanger: 'cor', voor: 'anna', van: vandaag, tot: '2020-01-01' })
      .expect(400);
    await (
      await t.as('consulent', org)
    )
      .post('/api/v1/vervangingen', { vervanger: 'cor', voor: 'anna', van: vandaag, tot: vandaag })
      .expect(403);
  });

  it('announces at start the stand-ins arranged before they were announced, still running or to come, once', async () => {
    const vandaag = kalenderdag(new Date());
    const oud = async (van: string, tot: string) => {
      const id = randomUUID();
      await t.query(
        `INSERT INTO vervangingen (id, organisatie, vervanger, voor, van, tot, geregeld_door, aangekondigd)
         VALUES ($1, $2, 'cor', 'anna', $3, $4, 'leider', false)`,
        [id, org, van, tot],
      );
      return id;
    };
    const voorbij = await oud(plusDagen(vandaag, -10), plusDagen(vandaag, -1));
    const lopend = await oud(plusDagen(vandaag, -1), plusDagen(vandaag, 5));
    const komend = await oud(plusDagen(vandaag, 3), plusDagen(vandaag, 9));
    const aankondiging = t.app.get(VervangingenAankondiging);
    expect(await aankondiging.kondigAan()).toBe(2);
    const gemeld = async (id: string) =>
      (
        await t.query(
          `SELECT count(*)::int AS n FROM outbox WHERE envelope->>'type' = 'wiz.trajecten.vervanging-geregeld.v1' AND envelope->'data'->>'vervangingId' = $1`,
          [id],
        )
      )[0].n;
    expect([await gemeld(voorbij), await gemeld(lopend), await gemeld(komend)]).toEqual([0, 1, 1]);
    expect(await aankondiging.kondigAan()).toBe(0);
  });
});

/** Closing contact moments and stalled reminders with an outcome, overdue ones flagged, the caseload by urgency. */
describe('trajecten: follow-ups closed and planned on', () => {
  const t = new TrajectenTestApp({ CONTACTMOMENT_INTERVAL: 'PT1S', OPVOLGING_RECONCILE_MS: '500' });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const org = 'GM0014';
  const gepland = async (trajectId: string, soort: string) =>
    (
      await t.query(`SELECT id FROM opvolgingen WHERE traject_id = $1 AND soort = $2 AND status = 'gepland'`, [
        trajectId,
        soort,
      ])
    ).map((r: { id: string }) => r.id);
  const opvolging = async (trajectId: string, soort: string) =>
    (await t.query('SELECT id FROM opvolgingen WHERE traject_id = $1 AND soort = $2', [trajectId, soort]))[0]
      .id as string;

  it('closes a contact moment with its outcome and plans the next; twice is 409; flags overdue and sorts by it', async () => {
    const c = await t.as('consulent', org, 'anna');
    await (
      await t.as('beheer', 'WIZ')
    )
      .put('/api/v1/medewerkers/anna', { naam: 'Anna', organisatie: org, team: null, actief: true })
      .expect(200);
    await (
      await t.as('beheer', 'WIZ')
    )
      .put(`/api/v1/toewijzingsregels/${org}`, { regel: 'vast', consulent: 'anna' })
      .expect(200);
    const laat = await t.nieuwTraject();
    await new Promise((r) => setTimeout(r, 1_500)); // its contact moment (PT1S) is overdue now
    const vroeg = await t.nieuwTraject();
    const contact = await opvolging(laat.id, 'contactmoment');

    const lijst = (await c.get(`/api/v1/opvolgingen?trajectId=${laat.id}`).expect(200)).body.items;
    expect(lijst.find((o: { id: string }) => o.id === contact)).toMatchObject({ verlopen: true });
    const caseload = (await c.get('/api/v1/caseload').expect(200)).body.items.map((i: { id: string }) => i.id);
    expect(caseload.indexOf(laat.id)).toBeLessThan(caseload.indexOf(vroeg.id));
    expect((await c.get('/api/v1/caseload').expect(200)).body.items[0]).toMatchObject({ id: laat.id, verlopen: true });

    const volgende = { soort: 'contactmoment', vervaldatum: new Date(Date.now() + 14 * 86_400_000).toISOString() };
    const res = await c
      .post(`/api/v1/opvolgingen/${contact}/afsluiting`, { uitkomst: 'Gesproken <b>over</b> werk', volgende })
      .expect(200);
    expect(res.body).toMatchObject({ id: contact, status: 'afgehandeld', volgende: { soort: 'contactmoment' } });
    const een = (await c.get(`/api/v1/opvolgingen/${contact}`).expect(200)).body;
    expect(een).toMatchObject({
      status: 'afgehandeld',
      verlopen: false,
      afsluiting: { uitkomst: 'Gesproken <b>over</b> werk', door: 'anna' },
    });
    const nieuw = (await c.get(`/api/v1/opvolgingen/${res.body.volgende.id}`).expect(200)).body;
    expect(nieuw).toMatchObject({ soort: 'contactmoment', status: 'gepland', verlopen: false, trajectId: laat.id });
    // It took the place of the one the contact moment planned when it fired: one series, not two.
    expect(await gepland(laat.id, 'contactmoment')).toEqual([res.body.volgende.id]);

    await c.post(`/api/v1/opvolgingen/${contact}/afsluiting`, { uitkomst: 'nog eens' }).expect(409);
    const stil = await opvolging(vroeg.id, 'stilstand');
    await (
      await t.as('consulent', 'GM0034')
    )
      .post(`/api/v1/opvolgingen/${stil}/afsluiting`, { uitkomst: 'x' })
      .expect(404);
    const verleden = { soort: 'stilstand', vervaldatum: '2020-01-01T00:00:00Z' };
    const fout = await c
      .post(`/api/v1/opvolgingen/${stil}/afsluiting`, { uitkomst: 'x', volgende: verleden })
      .expect(400);
    expect(fout.body.errors[0].field).toBe('volgende.vervaldatum');
    await c.post(`/api/v1/opvolgingen/${stil}/afsluiting`, { uitkomst: 'loopt weer' }).expect(200);
    // Closed before it was due, without a next one: the traject is still watched for standing still.
    const verder = await gepland(vroeg.id, 'stilstand');
    expect(verder).toHaveLength(1);
    expect(verder).not.toContain(stil);
  });

  it('refuses to close a duurzaamheidscheck this way (409): it has its own outcome', async () => {
    const c = await t.as('consulent', org);
    const tr = await t.nieuwTraject();
    const p = await t.plaatsing(tr.id, tr.inwonerId);
    const id = await eventually(async () => {
      const [o] = await t.query('SELECT id FROM opvolgingen WHERE plaatsing_id = $1', [p.data.plaatsingId]);
      expect(o).toBeDefined();
      return o.id as string;
    });
    await c.post(`/api/v1/opvolgingen/${id}/afsluiting`, { uitkomst: 'x' }).expect(409);
  });
});
