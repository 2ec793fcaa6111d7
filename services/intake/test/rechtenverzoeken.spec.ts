import { plusMaanden } from '@wiz/contracts';
import { antwoordUiterlijk } from '../src/modules/privacy/domain/rechtenverzoek';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/**
 * The inwoner's own requests to erase, restrict or object (domain.md, "The inwoner's rights": AVG art. 17, 18, 21):
 * filed from Mijn Werk in Zicht, answered by the privacy officer within a month (art. 12(3)), the answer read by
 * the person. Correction (art. 16) is correctie.spec's.
 */
describe('intake: the inwoner asks to erase, restrict or object', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const registreer = async (inwoner: Record<string, unknown>) =>
    (await (await t.as('frontoffice')).post('/api/v1/aanmeldingen', aanmelding({ inwoner })).expect(201)).body;
  const vandaagPlusMaand = () => antwoordUiterlijk(new Date());

  it('takes an objection with its grounds to the privacy officer, who answers it; the person reads the answer', async () => {
    const { inwonerId } = await registreer({ voornaam: 'Jelle', achternaam: 'Zijlstra' });
    const ik = await t.asInwoner(inwonerId);
    const rijen = async () => (await t.query('SELECT count(*)::int AS n FROM rechtenverzoeken'))[0].n as number;
    const ervoor = await rijen();
    // An objection states its grounds; an unknown right and an empty text are refused, and nothing is stored.
    const zonder = await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'bezwaar' }).expect(400);
    expect(zonder.headers['content-type']).toContain('application/problem+json');
    expect(zonder.body.errors[0].field).toBe('toelichting');
    await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'vergeten' }).expect(400);
    await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'wissen', toelichting: '  ' }).expect(400);
    expect(await rijen()).toBe(ervoor);

    const grond = 'Mijn werkgever mag niet weten dat ik hulp krijg.';
    const verzoek = (
      await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'bezwaar', toelichting: grond }).expect(201)
    ).body;
    expect(verzoek).toMatchObject({
      recht: 'bezwaar',
      toelichting: grond,
      status: 'open',
      uiterlijkOp: vandaagPlusMaand(),
    });
    expect(verzoek.inwonerId).toBeUndefined();

    // The privacy officer has it as a task, with the person's name; nobody else may see the list.
    const fg = await t.as('privacy', 'WIZ', 'fg-1');
    const open = (await fg.get('/api/v1/rechtenverzoeken?status=open').expect(200)).body.items;
    expect(open).toContainEqual(expect.objectContaining({ id: verzoek.id, inwonerId, naam: 'Jelle Zijlstra' }));
    for (const rol of ['frontoffice', 'beheer', 'consulent'] as const)
      expect((await (await t.as(rol)).get('/api/v1/rechtenverzoeken')).status).toBe(403);
    expect((await ik.get('/api/v1/rechtenverzoeken')).status).toBe(403);

    const pad = `/api/v1/rechtenverzoeken/${verzoek.id}/afhandeling`;
    await fg.post(pad, { uitkomst: 'misschien', toelichting: 'x' }).expect(400);
    await fg
      .post(`/api/v1/rechtenverzoeken/${crypto.randomUUID()}/afhandeling`, { uitkomst: 'afgewezen', toelichting: 'x' })
      .expect(404);
    const antwoord = 'Uw profiel wordt niet meer met werkgevers gedeeld; het gebruik is beperkt.';
    // Granted only once carried out: an objection upheld stops the processing, a restriction.
    const tevroeg = await fg.post(pad, { uitkomst: 'toegekend', toelichting: antwoord }).expect(409);
    expect(tevroeg.body.detail).toContain('/beperkingen');
    await fg.post(`/api/v1/inwoners/${inwonerId}/beperkingen`, { reden: 'Bezwaar gegrond' }).expect(201);
    const afgehandeld = (await fg.post(pad, { uitkomst: 'toegekend', toelichting: antwoord }).expect(200)).body;
    expect(afgehandeld).toMatchObject({ status: 'toegekend', uitkomstToelichting: antwoord });
    await fg.post(pad, { uitkomst: 'afgewezen', toelichting: 'x' }).expect(409);

    const mijn = (await ik.get('/api/v1/mijn/rechtenverzoeken').expect(200)).body.items;
    expect(mijn).toEqual([
      expect.objectContaining({
        id: verzoek.id,
        status: 'toegekend',
        uitkomstToelichting: antwoord,
        afgehandeldDoor: { organisatie: 'WIZ' },
      }),
    ]);
    expect(JSON.stringify(mijn)).not.toContain('fg-1');

    // Every step is in the person's audit trail.
    const acties = await t.query<{ actie: string }>(
      `SELECT actie FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie LIKE '%rechtenverzoek%' ORDER BY id`,
      [inwonerId],
    );
    expect(acties.map((a) => a.actie)).toEqual([
      'rechtenverzoek-indienen',
      'rechtenverzoeken-inzien',
      'rechtenverzoek-afhandelen',
      'mijn-rechtenverzoeken-inzien',
    ]);
  });

  it('grants an erasure once it is done, and keeps the request as the record of its answer, without any words', async () => {
    const { inwonerId } = await registreer({ voornaam: 'Wietske', achternaam: 'Bosma' });
    const ik = await t.asInwoner(inwonerId);
    const verzoek = (
      await ik
        .post('/api/v1/mijn/rechtenverzoeken', { recht: 'wissen', toelichting: 'Ik ben verhuisd naar Spanje.' })
        .expect(201)
    ).body;
    const fg = await t.as('privacy');
    const pad = `/api/v1/rechtenverzoeken/${verzoek.id}/afhandeling`;
    await fg.post(pad, { uitkomst: 'toegekend', toelichting: 'Uw gegevens zijn gewist.' }).expect(409);
    await fg.post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, { reden: 'Verzoek van betrokkene' }).expect(201);
    // Carried out, then answered: the answer to an erased person keeps no words about them.
    const antwoord = (
      await fg.post(pad, { uitkomst: 'toegekend', toelichting: 'Uw gegevens zijn gewist.' }).expect(200)
    ).body;
    expect(antwoord).toMatchObject({ status: 'toegekend' });
    expect(antwoord.uitkomstToelichting).toBeUndefined();
    const [rij] = await t.query(
      'SELECT recht, status, toelichting, uitkomst_toelichting, uiterlijk_op::text AS uiterlijk FROM rechtenverzoeken WHERE id = $1',
      [verzoek.id],
    );
    expect(rij).toEqual({
      recht: 'wissen',
      status: 'toegekend',
      toelichting: null,
      uitkomst_toelichting: null,
      uiterlijk: verzoek.uiterlijkOp,
    });
    const lijst = (await fg.get('/api/v1/rechtenverzoeken?status=toegekend').expect(200)).body.items;
    expect(lijst).toContainEqual(expect.objectContaining({ id: verzoek.id, naam: null }));
  });

  it('extends the term once, within the first month, by one or two months; the person reads the new date and why', async () => {
    const { inwonerId } = await registreer({ voornaam: 'Sietske', achternaam: 'Dijkstra' });
    const ik = await t.asInwoner(inwonerId);
    const verzoek = (await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'beperken' }).expect(201)).body;
    const fg = await t.as('privacy', 'WIZ', 'fg-2');
    const pad = `/api/v1/rechtenverzoeken/${verzoek.id}/verlenging`;
    const reden = 'Uw gegevens staan bij drie organisaties; wij hebben meer tijd nodig om het overal te regelen.';
    for (const fout of [{ maanden: 3, reden }, { maanden: 1, reden: ' ' }, { maanden: '1', reden }, { reden }]) {
      const res = await fg.post(pad, fout).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    await fg.post(`/api/v1/rechtenverzoeken/${crypto.randomUUID()}/verlenging`, { maanden: 1, reden }).expect(404);
    for (const rol of ['frontoffice', 'beheer', 'consulent'] as const)
      expect((await (await t.as(rol)).post(pad, { maanden: 1, reden })).status).toBe(403);
    expect((await ik.post(pad, { maanden: 1, reden })).status).toBe(403);

    const verlengd = (await fg.post(pad, { maanden: 2, reden }).expect(200)).body;
    expect(verlengd).toMatchObject({
      status: 'open',
      uiterlijkOp: plusMaanden(verzoek.uiterlijkOp, 2),
      verlenging: { reden, oorspronkelijkUiterlijkOp: verzoek.uiterlijkOp, op: expect.any(String) },
    });
    // Once only: the law allows two further months in all.
    expect((await fg.post(pad, { maanden: 1, reden }).expect(409)).body.detail).toContain('once');
    const [mijn] = (await ik.get('/api/v1/mijn/rechtenverzoeken').expect(200)).body.items;
    expect(mijn).toMatchObject({ id: verzoek.id, uiterlijkOp: verlengd.uiterlijkOp, verlenging: { reden } });
    expect(JSON.stringify(mijn)).not.toContain('fg-2');
    const [audit] = await t.query<{ details: unknown }>(
      `SELECT details FROM audit_log WHERE $1 = ANY(inwoner_ids) AND actie = 'rechtenverzoek-verlengen'`,
      [inwonerId],
    );
    expect(audit.details).toEqual({ recht: 'beperken', maanden: 2 });

    // After the first month it is too late to extend; an answered request is not extended either.
    const laat = (await ik.post('/api/v1/mijn/rechtenverzoeken', { recht: 'wissen' }).expect(201)).body;
    await t.query(`UPDATE rechtenverzoeken SET uiterlijk_op = current_date - 1 WHERE id = $1`, [laat.id]);
    const telaat = await fg.post(`/api/v1/rechtenverzoeken/${laat.id}/verlenging`, { maanden: 1, reden }).expect(409);
    expect(telaat.body.detail).toContain('first month');
    await fg
      .post(`/api/v1/rechtenverzoeken/${laat.id}/afhandeling`, {
        uitkomst: 'afgewezen',
        toelichting: 'Wettelijke plicht.',
      })
      .expect(200);
    await fg.post(`/api/v1/rechtenverzoeken/${laat.id}/verlenging`, { maanden: 1, reden }).expect(409);

    // An erasure takes the reason's words with the rest.
    await fg.post(`/api/v1/inwoners/${inwonerId}/wisverzoeken`, { reden: 'Verzoek van betrokkene' }).expect(201);
    const [rij] = await t.query('SELECT verlenging_reden, verlengd_op FROM rechtenverzoeken WHERE id = $1', [
      verzoek.id,
    ]);
    expect(rij).toEqual({ verlenging_reden: null, verlengd_op: expect.any(Date) });
  });
});
