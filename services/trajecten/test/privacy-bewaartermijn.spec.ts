import { TrajectenTestApp } from './trajecten-test-app';
import { dossierFixture } from './dossier';
import { TrajectenBewaartermijnTaak } from '../src/modules/privacy/jobs/trajecten-bewaartermijn.taak';
import { kalenderdag } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { BewaartermijnRepository } from '../src/modules/privacy/database/bewaartermijn.repository';
import { SOORTEN } from '../src/modules/privacy/domain/wisbare-gegevens';

/**
 * Retention (issue 19): free text of trajecten closed longer ago than each kind's period goes, then the link to the
 * person; figures stay.
 */
describe('trajecten: bewaartermijnen', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const d = dossierFixture(t);
  beforeAll(() => d.medewerkers());

  /** A traject of anna's with a note, a goal with an action, an agreement and a step, closed on `gesloten`. */
  async function gesloten(aangemeldOp: string, gesloten: string) {
    const { id } = await t.nieuwTraject({ organisatie: d.org, gemeentecode: d.org, aangemeldOp });
    await (await d.beheer()).post(`/api/v1/trajecten/${id}/toewijzing`, { consulent: 'anna' }).expect(200);
    const anna = await d.als('anna');
    const pad = `/api/v1/trajecten/${id}`;
    await anna.post(`${pad}/notities`, { soort: 'gesprek', tekst: 'Oud gesprek', datum: gesloten }).expect(201);
    const doel = (await anna.post(`${pad}/plan/doelen`, { omschrijving: 'Oud doel' }).expect(201)).body;
    await anna
      .post(`${pad}/plan/doelen/${doel.id}/acties`, {
        omschrijving: 'Oude actie',
        eigenaar: 'inwoner',
        streefdatum: gesloten,
      })
      .expect(201);
    await anna.post(`${pad}/plan/akkoord`, { door: 'Oude inwoner', op: gesloten }).expect(201);
    await anna.post(`${pad}/stappen`, { stap: 'begeleiden', toelichting: 'Oude reden' }).expect(200);
    await anna.post(`${pad}/afsluiting`, { reden: 'werk', datum: gesloten }).expect(200);
    return id;
  }

  /** Every free text of these trajecten, as a snapshot to compare. */
  const teksten = async (ids: string[]) => ({
    notities: await t.query('SELECT traject_id, tekst FROM journaal_notities WHERE traject_id = ANY($1) ORDER BY 1', [
      ids,
    ]),
    doelen: await t.query('SELECT traject_id, omschrijving FROM plan_doelen WHERE traject_id = ANY($1) ORDER BY 1', [
      ids,
    ]),
    akkoorden: await t.query('SELECT traject_id, door FROM plan_akkoorden WHERE traject_id = ANY($1) ORDER BY 1', [
      ids,
    ]),
    stappen: await t.query(
      'SELECT traject_id, toelichting FROM stap_overgangen WHERE traject_id = ANY($1) ORDER BY 1',
      [ids],
    ),
  });

  it('erases what is due, twice the same, an interrupted run finished by the next, the monitor unchanged', async () => {
    const oud = await gesloten('2018-01-10T09:00:00Z', '2019-06-01');
    const recent = await gesloten(new Date().toISOString(), kalenderdag(new Date()));
    const monitor = await t.as('monitor', 'WIZ');
    const voor = (await monitor.get('/api/v1/monitor').expect(200)).body;
    const taak = t.app.get(TrajectenBewaartermijnTaak);

    // Killed halfway: the plan's batch fails after the journal's committed.
    await d.alsEigenaar(`
      CREATE FUNCTION onderbreek() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.soort = 'plan' THEN RAISE EXCEPTION 'onderbroken'; END IF; RETURN NEW; END $$`);
    await d.alsEigenaar(
      'CREATE TRIGGER onderbreek BEFORE INSERT ON bewaartermijn_verwerkt FOR EACH ROW EXECUTE FUNCTION onderbreek()',
    );
    await expect(taak.run(new Date())).rejects.toThrow(/onderbroken/);
    const halverwege = await teksten([oud]);
    expect(halverwege.notities).toEqual([{ traject_id: oud, tekst: '[gewist]' }]);
    expect(halverwege.doelen).toEqual([{ traject_id: oud, omschrijving: 'Oud doel' }]);
    await d.alsEigenaar('DROP TRIGGER onderbreek ON bewaartermijn_verwerkt');
    await d.alsEigenaar('DROP FUNCTION onderbreek');

    const persoon = async (id: string) =>
      (await t.query('SELECT inwoner_id, gewist_op FROM trajecten WHERE id = $1', [id]))[0];
    const [oudePersoon, recentePersoon] = [(await persoon(oud)).inwoner_id, (await persoon(recent)).inwoner_id];
    const eerste = await taak.run(new Date());
    expect(eerste).toMatchObject({ journaal: 0, plan: 3, overdrachten: 0, inwoners: 1 });
    // Past every kind's period, the person is gone from what is left: no row here links to them any more.
    expect(await persoon(oud)).toEqual({ inwoner_id: expect.any(String), gewist_op: expect.any(Date) });
    expect((await persoon(oud)).inwoner_id).not.toBe(oudePersoon);
    for (const tabel of [
      'trajecten',
      'monitor_feiten',
      'monitor_vooruit',
      'monitor_inwoners',
      'monitor_activiteiten',
      'monitor_plaatsingen',
      'monitor_verhuizingen',
    ])
      expect(await t.query(`SELECT 1 FROM ${tabel} WHERE inwoner_id = $1`, [oudePersoon])).toEqual([]);
    expect(await persoon(recent)).toEqual({ inwoner_id: recentePersoon, gewist_op: null });
    const lijst = await (await d.als('anna')).get(`/api/v1/trajecten?inwonerId=${oudePersoon}`).expect(200);
    expect(lijst.body.items).toEqual([]);
    const na = await teksten([oud, recent]);
    // Per table: the old traject's text erased, the recent one's kept (rows in traject id order, as queried).
    const paar = (kolom: string, recentTekst: string) =>
      [
        { traject_id: oud, [kolom]: '[gewist]' },
        { traject_id: recent, [kolom]: recentTekst },
      ].sort((a, b) => a.traject_id.localeCompare(b.traject_id));
    expect(na).toEqual({
      notities: paar('tekst', 'Oud gesprek'),
      doelen: paar('omschrijving', 'Oud doel'),
      akkoorden: paar('door', 'Oude inwoner'),
      stappen: paar('toelichting', 'Oude reden'),
    });
    const [houder] = await t.query('SELECT consulent, afgesloten_op FROM trajecten WHERE id = $1', [oud]);
    expect(houder.consulent).toBeNull();

    expect(await taak.run(new Date())).toEqual({
      journaal: 0,
      plan: 0,
      opvolgingen: 0,
      overdrachten: 0,
      traject: 0,
      inwoners: 0,
    });
    expect(await teksten([oud, recent])).toEqual(na);
    expect((await monitor.get('/api/v1/monitor').expect(200)).body).toEqual(voor);
  });

  it('leaves a person who came back since they were judged alone, all of them, the monitor’s rows included', async () => {
    const oud = await gesloten('2017-01-10T09:00:00Z', '2018-06-01');
    const [{ inwoner_id: persoon }] = await t.query('SELECT inwoner_id FROM trajecten WHERE id = $1', [oud]);
    const ds = t.app.get(DataSource);
    const repo = t.app.get(BewaartermijnRepository);
    // The kinds' periods are done; the person is judged (all closed, all done) and then comes back.
    for (const soort of SOORTEN) await repo.verwerkt(ds.manager, soort, [oud]);
    const geoordeeld = (await ds.transaction((m) => repo.teAnonimiseren(m, SOORTEN.length, 1000))).filter(
      (p) => p.inwonerId === persoon,
    );
    expect(geoordeeld).toEqual([{ inwonerId: persoon, trajectIds: [oud] }]);
    const terug = await t.nieuwTraject({ inwonerId: persoon, organisatie: d.org, gemeentecode: d.org });
    const monitorVoor = await t.query('SELECT * FROM monitor_inwoners WHERE inwoner_id = $1', [persoon]);
    expect(monitorVoor).toHaveLength(1);

    const taak = t.app.get(TrajectenBewaartermijnTaak);
    expect(await ds.transaction((m) => taak.maakAnoniem(m, geoordeeld, new Date()))).toBe(0);
    expect(
      await t.query('SELECT id, inwoner_id, gewist_op FROM trajecten WHERE id = ANY($1) ORDER BY gestart_op', [
        [oud, terug.id],
      ]),
    ).toEqual([
      { id: oud, inwoner_id: persoon, gewist_op: null },
      { id: terug.id, inwoner_id: persoon, gewist_op: null },
    ]);
    expect(await t.query('SELECT * FROM monitor_inwoners WHERE inwoner_id = $1', [persoon])).toEqual(monitorVoor);
  });
});
