import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';

/** The plan of a traject (issue 18): goals, actions, statuses, the agreement, progress in the worklist, audit. */
describe('trajecten: plan', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  beforeAll(() => d.medewerkers());

  const plan = (trajectId: string) => `/api/v1/trajecten/${trajectId}/plan`;

  it('keeps goals with actions, owners, target dates, statuses and the agreement; progress shows in the worklist', async () => {
    const { id } = await d.vanAnna();
    const anna = await d.als('anna');
    const omschrijving = ' <i>Werkritme</i> opbouwen ';
    const doel = (await anna.post(`${plan(id)}/doelen`, { omschrijving, streefdatum: '2026-06-30' }).expect(201)).body;
    expect(doel).toEqual({ id: expect.any(String), status: 'open' });
    const tweede = (await anna.post(`${plan(id)}/doelen`, { omschrijving: 'Rijbewijs' }).expect(201)).body;
    const actie = (
      await anna
        .post(`${plan(id)}/doelen/${doel.id}/acties`, {
          omschrijving: 'Elke dag om 8 uur op',
          eigenaar: 'inwoner',
          streefdatum: '2026-04-01',
        })
        .expect(201)
    ).body;
    await anna
      .post(`${plan(id)}/doelen/${doel.id}/acties`, {
        omschrijving: 'Bellen',
        eigenaar: 'Schuldhulp Noord',
        streefdatum: '2026-04-02',
      })
      .expect(201);
    await (
      await d.als('bert')
    )
      .post(`${plan(id)}/doelen/${doel.id}/acties/${actie.id}/status`, { status: 'bezig' })
      .expect(200);
    expect((await anna.post(`${plan(id)}/doelen/${doel.id}/status`, { status: 'behaald' }).expect(200)).body).toEqual({
      id: doel.id,
      status: 'behaald',
    });
    const akkoord = (await anna.post(`${plan(id)}/akkoord`, { door: 'Sanne de Vries', op: '2026-03-03' }).expect(201))
      .body;
    expect(akkoord).toEqual({
      door: 'Sanne de Vries',
      op: '2026-03-03',
      vastgelegdDoor: 'anna',
      vastgelegdOp: expect.any(String),
    });

    const gelezen = (await anna.get(plan(id)).expect(200)).body;
    expect(gelezen).toEqual({
      doelen: [
        {
          id: doel.id,
          omschrijving,
          streefdatum: '2026-06-30',
          status: 'behaald',
          acties: [
            {
              id: actie.id,
              omschrijving: 'Elke dag om 8 uur op',
              eigenaar: 'inwoner',
              streefdatum: '2026-04-01',
              status: 'bezig',
            },
            expect.objectContaining({ eigenaar: 'Schuldhulp Noord', status: 'open' }),
          ],
        },
        { id: tweede.id, omschrijving: 'Rijbewijs', streefdatum: null, status: 'open', acties: [] },
      ],
      voortgang: { behaald: 1, totaal: 2 },
      akkoord,
    });
    const rij = (await anna.get('/api/v1/caseload').expect(200)).body.items.find((i: { id: string }) => i.id === id);
    expect(rij.planVoortgang).toEqual({ behaald: 1, totaal: 2 });
  });

  it('answers 404 for an unknown goal or action, or one of another traject', async () => {
    const een = await d.vanAnna();
    const twee = await d.vanAnna();
    const anna = await d.als('anna');
    const doel = (await anna.post(`${plan(een.id)}/doelen`, { omschrijving: 'Doel' }).expect(201)).body;
    const acties = `${plan(een.id)}/doelen/${doel.id}/acties`;
    const actie = (await anna.post(acties, { omschrijving: 'A', eigenaar: 'consulent', streefdatum: '2026-05-01' }))
      .body;
    await anna.post(`${plan(twee.id)}/doelen/${doel.id}/status`, { status: 'bezig' }).expect(404);
    await anna
      .post(`${plan(twee.id)}/doelen/${doel.id}/acties`, {
        omschrijving: 'A',
        eigenaar: 'x',
        streefdatum: '2026-05-01',
      })
      .expect(404);
    await anna.post(`${plan(twee.id)}/doelen/${doel.id}/acties/${actie.id}/status`, { status: 'bezig' }).expect(404);
    await anna.post(`${acties}/${crypto.randomUUID()}/status`, { status: 'bezig' }).expect(404);
  });

  it('answers 404 outside the caseload and team and to another organisation; a closed traject’s plan is read only', async () => {
    const { id } = await d.vanAnna();
    const anna = await d.als('anna');
    const doel = (await anna.post(`${plan(id)}/doelen`, { omschrijving: 'Doel' }).expect(201)).body;
    for (const wie of [
      await d.als('cor'),
      await d.als('anna', 'consulent', 'GM0034'),
      await d.als('cor', 'teamleider'),
    ]) {
      await wie.get(plan(id)).expect(404);
      await wie.post(`${plan(id)}/doelen`, { omschrijving: 'x' }).expect(404);
      await wie.post(`${plan(id)}/doelen/${doel.id}/status`, { status: 'vervallen' }).expect(404);
      await wie.post(`${plan(id)}/akkoord`, { door: 'x', op: '2026-03-03' }).expect(404);
    }
    await (await d.als('tl', 'teamleider')).get(plan(id)).expect(200);
    await (await d.beheer()).get(plan(id)).expect(200);

    await anna.post(`/api/v1/trajecten/${id}/afsluiting`, { reden: 'werk', datum: '2026-03-01' }).expect(200);
    await anna.post(`${plan(id)}/doelen`, { omschrijving: 'Te laat' }).expect(409);
    await anna.post(`${plan(id)}/doelen/${doel.id}/status`, { status: 'behaald' }).expect(409);
    expect((await anna.get(plan(id)).expect(200)).body.doelen).toHaveLength(1);
  });

  it('audits every read of the plan; agreements are append-only', async () => {
    const { id } = await d.vanAnna();
    await (await d.als('anna')).post(`${plan(id)}/akkoord`, { door: 'Inwoner', op: '2026-03-03' }).expect(201);
    await (await d.als('anna')).get(plan(id)).expect(200);
    await (await d.als('tl', 'teamleider')).get(plan(id)).expect(200);
    await (await d.als('cor')).get(plan(id)).expect(404);
    const audit = await t.query(
      `SELECT subject, actie, rollen FROM audit_log WHERE wat_id = $1 AND actie = 'plan-inzien' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual([
      { subject: 'anna', actie: 'plan-inzien', rollen: ['consulent'] },
      { subject: 'tl', actie: 'plan-inzien', rollen: ['teamleider'] },
    ]);
    await expect(d.alsEigenaar('UPDATE plan_akkoorden SET door = $2 WHERE traject_id = $1', [id, 'x'])).rejects.toThrow(
      /plan_akkoorden is append-only/,
    );
  });

  it('answers 400 naming the field for bad input', async () => {
    const { id } = await d.vanAnna();
    const anna = await d.als('anna');
    const doel = (await anna.post(`${plan(id)}/doelen`, { omschrijving: 'Doel' }).expect(201)).body;
    const gevallen: [string, object, string][] = [
      [`${plan(id)}/doelen`, { omschrijving: '' }, 'omschrijving'],
      [`${plan(id)}/doelen`, { omschrijving: 'x', streefdatum: '30-06-2026' }, 'streefdatum'],
      [
        `${plan(id)}/doelen/${doel.id}/acties`,
        { omschrijving: 'x', eigenaar: ' ', streefdatum: '2026-05-01' },
        'eigenaar',
      ],
      [`${plan(id)}/doelen/${doel.id}/acties`, { omschrijving: 'x', eigenaar: 'inwoner' }, 'streefdatum'],
      [`${plan(id)}/doelen/${doel.id}/status`, { status: 'klaar' }, 'status'],
      [`${plan(id)}/akkoord`, { door: 'Inwoner', op: 'gisteren' }, 'op'],
      [`${plan(id)}/akkoord`, { op: '2026-03-03' }, 'door'],
    ];
    for (const [pad, body, veld] of gevallen) {
      const res = await anna.post(pad, body).expect(400);
      expect(res.body.errors[0].field).toBe(veld);
    }
  });
});
