import { eventually } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { terugTotVoor } from './migraties';

/**
 * An install that counted under definition 1 migrates to definition 2: its counted persons keep their day (one fact
 * each), its Kansrijk Opleiden activities become persons, earlier counts fall under 'onbekend', and a late earlier
 * fact still moves a migrated person. The install is made by undoing the migration (its down) on a fresh database,
 * writing what definition 1 wrote, and starting the service again (its up).
 */
describe('trajecten: the monitor’s migration to counting definition 2', () => {
  const t = new TrajectenTestApp();
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const monitor = async (q = '') => (await (await t.as('monitor', 'WIZ')).get(`/api/v1/monitor${q}`).expect(200)).body;

  it('keeps definition 1’s persons on their day, makes Kansrijk Opleiden persons, and still moves a person for an earlier fact', async () => {
    // Started before the facts below, as a traject is: only facts inside it count.
    const tr = await t.nieuwTraject({ aangemeldOp: '2024-12-02T09:00:00.000Z' });
    await terugTotVoor(t, 'MonitorTeldefinitie21795536000000');
    expect(await t.query(`SELECT to_regclass('monitor_feiten') AS t`)).toEqual([{ t: null }]);
    // What definition 1 wrote: the person counted on 10 March 2025 by a step, and two behaald Kansrijk Opleiden.
    await t.query(
      `INSERT INTO monitor_vooruit (inwoner_id, dag, gemeentecode, stap, via) VALUES ($1, '2025-03-10', 'GM0014', 'orienteren', 'stap')`,
      [tr.inwonerId],
    );
    for (const [metriek, aantal] of [
      ['vooruit', 1],
      ['vooruit:orienteren', 1],
      ['kansrijk-opleiden', 2],
    ] as const) {
      await t.query(
        `INSERT INTO monitor_tellingen (metriek, dag, gemeentecode, aantal) VALUES ($1, '2025-03-10', 'GM0014', $2)`,
        [metriek, aantal],
      );
      await t.query(
        `INSERT INTO monitor_maandtellingen (metriek, maand, gemeentecode, aantal) VALUES ($1, '2025-03-01', 'GM0014', $2)`,
        [metriek, aantal],
      );
    }
    await t.query(
      `INSERT INTO activiteiten (id, traject_id, soort, startdatum, gestart_door, resultaat, datum) VALUES
      (gen_random_uuid(), $1, 'kansrijk-opleiden', '2025-01-06', 'c', 'behaald', '2025-03-10'), (gen_random_uuid(), $1, 'kansrijk-opleiden', '2025-01-06', 'c', 'behaald', '2025-03-10')`,
      [tr.id],
    );

    await t.app.close();
    await t.boot(); // migrates as a release would, and grants the runtime its new tables
    const maart = await monitor('?van=2025-03-01&tot=2025-03-31');
    expect(maart).toMatchObject({
      inwonersEenStapVooruit: 1,
      kansrijkOpleiden: 1,
      kansrijkOpleidenActiviteiten: 2,
      definitieVersie: 2,
    });
    expect(
      maart.perDoelgroep.find((d: { doelgroep: string }) => d.doelgroep === 'onbekend').inwonersEenStapVooruit,
    ).toBe(1);
    expect(maart.perProject).toEqual([{ soort: 'kansrijk-opleiden', personenGestart: 0, personenBehaald: 1 }]);

    // A placement that started in January arrives now: the migrated person moves from March to January.
    await t.plaatsing(tr.id, tr.inwonerId, { startdatum: '2025-01-13' });
    await eventually(
      async () => expect((await monitor('?van=2025-01-01&tot=2025-01-31')).inwonersEenStapVooruit).toBe(1),
      15_000,
    );
    expect((await monitor('?van=2025-03-01&tot=2025-03-31')).inwonersEenStapVooruit).toBe(0);
    expect(
      (await monitor('?van=2025-01-01&tot=2025-01-31')).perDoelgroep.find(
        (d: { doelgroep: string }) => d.doelgroep === 'onbekend',
      ).inwonersEenStapVooruit,
    ).toBe(1);
  });

  it('counts again, at start, a person that a placement from before their traject counted', async () => {
    const tr = await t.nieuwTraject({ aangemeldOp: '2026-04-01T09:00:00.000Z' });
    await t.plaatsing(tr.id, tr.inwonerId, { startdatum: '2026-05-04' });
    const mei = () => monitor('?van=2026-05-01&tot=2026-05-31');
    await eventually(async () => expect((await mei()).inwonersEenStapVooruit).toBe(1), 15_000);
    // What the rule before this migration kept: the traject started after the placement, which still counted.
    await t.query(`UPDATE trajecten SET gestart_op = '2026-06-01T09:00:00Z' WHERE id = $1`, [tr.id]);
    await terugTotVoor(t, 'MonitorWerkVoorTraject1797500000000');
    expect((await mei()).inwonersEenStapVooruit).toBe(1);

    await t.app.close();
    await t.boot();
    expect((await mei()).inwonersEenStapVooruit).toBe(0);
    expect(await t.query('SELECT 1 FROM monitor_vooruit WHERE inwoner_id = $1', [tr.inwonerId])).toEqual([]);
    expect(await t.query('SELECT naam FROM monitor_herberekeningen WHERE klaar_op IS NOT NULL ORDER BY 1')).toEqual([
      { naam: 'buiten-traject' },
      { naam: 'werk-voor-traject' },
    ]);
  });

  it('counts again, at start, a person that a course completed before their traject counted', async () => {
    const c = await t.as('consulent', 'GM0014');
    const tr = await t.nieuwTraject({ aangemeldOp: '2026-01-05T09:00:00.000Z' });
    const { id } = (
      await c
        .post(`/api/v1/trajecten/${tr.id}/activiteiten`, { soort: 'werkfit', startdatum: '2026-02-02' })
        .expect(201)
    ).body;
    await c
      .post(`/api/v1/trajecten/${tr.id}/activiteiten/${id}/afronding`, { resultaat: 'behaald', datum: '2026-03-02' })
      .expect(200);
    const maart = () => monitor('?van=2026-03-01&tot=2026-03-31');
    const geteld = (await maart()).inwonersEenStapVooruit;
    expect(await t.query('SELECT dag::text FROM monitor_vooruit WHERE inwoner_id = $1', [tr.inwonerId])).toEqual([
      { dag: '2026-03-02' },
    ]);
    // What the rule before this migration kept: the traject started after the course was completed.
    await t.query(`UPDATE trajecten SET gestart_op = '2026-04-01T09:00:00Z' WHERE id = $1`, [tr.id]);
    await terugTotVoor(t, 'MonitorBuitenTraject1798100000000');

    await t.app.close();
    await t.boot();
    expect((await maart()).inwonersEenStapVooruit).toBe(geteld - 1);
    expect(await t.query('SELECT 1 FROM monitor_vooruit WHERE inwoner_id = $1', [tr.inwonerId])).toEqual([]);
  });
});
