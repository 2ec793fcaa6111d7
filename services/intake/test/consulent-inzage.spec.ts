import { randomUUID } from 'node:crypto';
import {
  EventData,
  EventDefinition,
  kalenderdag,
  plusDagen,
  TrajectGestart,
  TrajectToegewezen,
  TrajectToegewezenData,
  VervangingGeregeld,
} from '@wiz/contracts';
import {
  envelopeFor,
  eventually,
  publishTestEvent,
  statementsPerUnitOfWork,
  syntheticBsn,
} from '@wiz/platform/testing';
import { aanmelding, IntakeTestApp } from './intake-test-app';

/**
 * Issue 18, the person in view: a consulent reads the person of a traject their organisation holds and that is
 * assigned to them or their team, as trajecten's traject-toegewezen told intake, for a stated purpose; audited,
 * never with the BSN, and 404 otherwise (also after a handover to another organisation).
 */
describe('intake: the consulent reads the person of a traject they hold', () => {
  const t = new IntakeTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const BSN = syntheticBsn(901);
  let inwonerId: string;
  const trajectId = randomUUID();
  const url = (doel?: string) => `/api/v1/inwoners/${inwonerId}${doel ? `?doel=${doel}` : ''}`;
  const toewijzing = (d: Partial<TrajectToegewezenData> & { versie: number }): TrajectToegewezenData => ({
    trajectId,
    inwonerId,
    organisatie: 'GM0014',
    team: 'noord',
    consulent: 'consulent-anna',
    reden: 'start',
    toegewezenOp: new Date().toISOString(),
    ...d,
  });
  /** Publishes an event as trajecten would and waits until intake applied it (its inbox holds the event). */
  const publiceer = async <E extends EventDefinition>(definition: E, data: EventData<E>) => {
    const sleutel =
      (data as { trajectId?: string; vervangingId?: string }).trajectId ??
      (data as { vervangingId: string }).vervangingId;
    const envelope = envelopeFor(definition, data, sleutel);
    await publishTestEvent(t.nc, t.run, definition, envelope);
    await eventually(async () =>
      expect(await t.query('SELECT 1 FROM inbox WHERE event_id = $1', [envelope.id])).toHaveLength(1),
    );
  };
  const wijsToe = (data: TrajectToegewezenData) => publiceer(TrajectToegewezen, data);
  const start = (traject: string, aanmeldingId: string, organisatie = 'GM0014') =>
    publiceer(TrajectGestart, {
      trajectId: traject,
      inwonerId,
      aanmeldingId,
      organisatie,
      gemeentecode: 'GM0014',
      stap: 'begeleiden',
      gestartOp: new Date().toISOString(),
    });
  const leest = async (status: number, subject: string, organisatie = 'GM0014', team?: string, doel = 'begeleiding') =>
    (await t.as('consulent', organisatie, subject, team)).get(url(doel)).expect(status);

  beforeAll(async () => {
    const fo = await t.as('frontoffice');
    const body = aanmelding({ inwoner: { bsn: BSN, email: 'anne@example.org', telefoon: '0612345678' } });
    const aangemeld = (await fo.post('/api/v1/aanmeldingen', body).expect(201)).body;
    inwonerId = aangemeld.inwonerId;
    await wijsToe(toewijzing({ versie: 1 }));
    await start(trajectId, aangemeld.id);
  });

  it('answers the assigned consulent with name, contact data, hulpvraag and situation, without the BSN, and audits the purpose', async () => {
    const res = await leest(200, 'consulent-anna', 'GM0014', undefined, 'contact');
    expect(res.body).toMatchObject({ id: inwonerId, voornaam: 'Anne', achternaam: 'de Vries', telefoon: '0612345678' });
    expect(res.body.email).toBe('anne@example.org');
    expect(res.body.aanmeldingen).toEqual([
      expect.objectContaining({ hulpvraag: 'Ik zoek werk', situatie: expect.objectContaining({ uitkering: 'ww' }) }),
    ]);
    expect(res.body).not.toHaveProperty('bsn');
    expect(res.text).not.toContain(BSN);
    const audit = await t.query(
      `SELECT subject, rollen, organisatie, actie, doel FROM audit_log WHERE $1 = ANY(inwoner_ids) AND subject = 'consulent-anna'`,
      [inwonerId],
    );
    expect(audit).toEqual([
      { subject: 'consulent-anna', rollen: ['consulent'], organisatie: 'GM0014', actie: 'inzage', doel: 'contact' },
    ]);
    const alles = await t.query('SELECT * FROM audit_log WHERE $1 = ANY(inwoner_ids)', [inwonerId]);
    expect(JSON.stringify(alles)).not.toContain(BSN);
  });

  it("lets the traject's team read it (colleagues and their teamleider), nobody else of the organisation", async () => {
    await leest(200, 'consulent-bert', 'GM0014', 'noord');
    await (await t.as('teamleider', 'GM0014', 'leider-noord', 'noord')).get(url('begeleiding')).expect(200);
    await leest(404, 'consulent-bert', 'GM0014', 'zuid');
    await leest(404, 'consulent-bert');
    await (await t.as('teamleider', 'GM0014', 'leider-zonder-team')).get(url('begeleiding')).expect(404);
    expect(
      await t.query(`SELECT 1 FROM audit_log WHERE $1 = ANY(inwoner_ids) AND subject = 'leider-zonder-team'`, [
        inwonerId,
      ]),
    ).toEqual([]); // a refused read reads nothing: no audit row
  });

  it('lets a stand-in from outside the team read it in the period arranged, and not before or after it', async () => {
    const vandaag = kalenderdag(new Date());
    const vervanging = (vervanger: string, van: string, tot: string, organisatie = 'GM0014') =>
      publiceer(VervangingGeregeld, {
        vervangingId: randomUUID(),
        organisatie,
        vervanger,
        voor: 'consulent-anna',
        van,
        tot,
      });
    await leest(404, 'consulent-cor', 'GM0014', 'zuid');
    await vervanging('consulent-cor', plusDagen(vandaag, -10), plusDagen(vandaag, -1));
    await vervanging('consulent-cor', plusDagen(vandaag, 1), plusDagen(vandaag, 10));
    await leest(404, 'consulent-cor', 'GM0014', 'zuid');
    // Arranged in another organisation for a namesake: nothing here.
    await vervanging('consulent-cor', vandaag, vandaag, 'UWV');
    await leest(404, 'consulent-cor', 'GM0014', 'zuid');
    await vervanging('consulent-cor', vandaag, vandaag);
    const res = await leest(200, 'consulent-cor', 'GM0014', 'zuid', 'contact');
    expect(res.body).toMatchObject({ id: inwonerId, telefoon: '0612345678' });
    await leest(404, 'consulent-dirk', 'GM0014', 'zuid');
  });

  it('answers another organisation 404, even a consulent with the same subject and team', async () => {
    await leest(404, 'consulent-anna', 'GM0034', 'noord');
  });

  it('requires a known purpose: missing or unknown doel is a 400 naming doel', async () => {
    const anna = await t.as('consulent', 'GM0014', 'consulent-anna');
    for (const pad of [url(), url('nieuwsgierigheid')]) {
      const res = await anna.get(pad).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'doel' })]);
    }
  });

  it('keeps front office as it was: no purpose needed, the BSN shown, audited as dienstverlening', async () => {
    const res = await (await t.as('frontoffice', 'GM0014', 'balie-1')).get(url()).expect(200);
    expect(res.body.bsn).toBe(BSN);
    expect(res.body.aanmeldingen[0]).not.toHaveProperty('situatie');
    expect(
      await t.query(`SELECT doel FROM audit_log WHERE $1 = ANY(inwoner_ids) AND subject = 'balie-1'`, [inwonerId]),
    ).toEqual([{ doel: 'dienstverlening' }]);
  });

  it("shows the holders of a traject from an aanmelding that only claimed the BSN that capture alone, not others' data", async () => {
    const fo34 = await t.as('frontoffice', 'GM0034');
    const claim = aanmelding({ inwoner: { bsn: BSN, voornaam: 'Anders', telefoon: '0699999999' } });
    const geclaimd = (await fo34.post('/api/v1/aanmeldingen', claim).expect(201)).body;
    expect(geclaimd).toMatchObject({ inwonerId, identiteitTeControleren: true });
    const traject34 = randomUUID();
    await wijsToe(
      toewijzing({ trajectId: traject34, organisatie: 'GM0034', team: null, consulent: 'gm34-c', versie: 1 }),
    );
    await start(traject34, geclaimd.id, 'GM0034');
    const res = await leest(200, 'gm34-c', 'GM0034');
    expect(res.body).toMatchObject({ voornaam: 'Anders', telefoon: '0699999999', identiteitTeControleren: true });
    expect(res.body.email).toBeNull();
    expect(res.body.toestemmingen).toEqual([]);
    expect(res.body.aanmeldingen.map((a: { id: string }) => a.id)).toEqual([geclaimd.id]);
    expect(res.text).not.toContain('anne@example.org');
  });

  it('answers 404 while trajecten has not said which aanmelding the traject came from', async () => {
    await wijsToe(toewijzing({ trajectId: randomUUID(), consulent: 'consulent-vroeg', team: null, versie: 1 }));
    await leest(404, 'consulent-vroeg');
  });

  it('follows a handover at once, and an older assignment arriving late changes nothing', async () => {
    await wijsToe(
      toewijzing({ versie: 3, organisatie: 'leerwerkloket', team: null, consulent: 'lwl-1', reden: 'overdracht' }),
    );
    await leest(404, 'consulent-anna');
    await leest(404, 'consulent-bert', 'GM0014', 'noord');
    await leest(200, 'lwl-1', 'leerwerkloket', undefined, 'overdracht');

    await wijsToe(toewijzing({ versie: 2, consulent: 'consulent-anna', reden: 'herverdeling' }));
    await wijsToe(toewijzing({ versie: 3 })); // the same version again (a rewind): no change either
    expect(
      await t.query('SELECT organisatie, consulent, versie FROM traject_toewijzingen WHERE traject_id = $1', [
        trajectId,
      ]),
    ).toEqual([{ organisatie: 'leerwerkloket', consulent: 'lwl-1', versie: 3 }]);
    await leest(404, 'consulent-anna');
    await leest(200, 'lwl-1', 'leerwerkloket');
  });

  it('stores each of the two events of a traject in one statement with its inbox row (issue 21; was 4 each)', async () => {
    const traject = randomUUID();
    const units = await statementsPerUnitOfWork(async () => {
      await wijsToe(toewijzing({ trajectId: traject, versie: 1 }));
      await start(traject, randomUUID());
    });
    const opgeslagen = units.filter((u) => u.some((s) => /INSERT INTO traject_(toewijzingen|aanmeldingen)/.test(s)));
    expect(opgeslagen.map((u) => u.length)).toEqual([1, 1]);
    expect(opgeslagen.flat().every((s) => s.startsWith('WITH inbox_mark AS (INSERT INTO inbox'))).toBe(true);
  });
});
