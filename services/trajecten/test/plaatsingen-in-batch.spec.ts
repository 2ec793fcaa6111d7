import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { EventData, kalenderdag, PlaatsingGerealiseerd } from '@wiz/contracts';
import { envelopeFor, eventually, publishTestEvent, transactionsDuring } from '@wiz/platform/testing';
import { OpvolgingWachtrij } from '../src/modules/opvolgingen/jobs/opvolging-wachtrij';
import { TrajectenTestApp } from './trajecten-test-app';

type Plaatsing = EventData<typeof PlaatsingGerealiseerd>;

/** What a placement writes, in a fixed order, to compare two databases row for row. */
const UITKOMST = {
  opvolgingen: `SELECT id, traject_id, plaatsing_id, vervaldatum, status, plaatsing_startdatum FROM opvolgingen
                 WHERE soort = 'duurzaamheidscheck' ORDER BY id`,
  plaatsingen: 'SELECT * FROM monitor_plaatsingen ORDER BY plaatsing_id',
  feiten: 'SELECT * FROM monitor_feiten ORDER BY bron',
  vooruit: 'SELECT * FROM monitor_vooruit ORDER BY inwoner_id',
  // A counter at 0 counts as much as none: one by one, an inwoner's day moved by one event and back by the next
  // leaves a 0 where a batch, weighing all facts at once, never wrote.
  tellingen: 'SELECT * FROM monitor_tellingen WHERE aantal <> 0 ORDER BY metriek, dag, gemeentecode',
  maandtellingen: 'SELECT * FROM monitor_maandtellingen WHERE aantal <> 0 ORDER BY metriek, maand, gemeentecode',
  inbox: `SELECT event_id FROM inbox WHERE subject = '${PlaatsingGerealiseerd.type}' ORDER BY event_id`,
};

/** Tables the placement handler reads, copied from one app's database to the other's (they are the same trajecten). */
const GELEZEN = [
  'trajecten',
  'monitor_inwoners',
  'monitor_feiten',
  'monitor_vooruit',
  'monitor_tellingen',
  'monitor_maandtellingen',
];

const dagen = (n: number) => kalenderdag(new Date(Date.now() + n * 86_400_000));

/** A placement event with the placement as subject, as werkgevers names it: events with one subject are applied one after another. */
const plaatsing = (t: { id: string; inwonerId: string }, data: Partial<Plaatsing> = {}, plaatsingId = randomUUID()) =>
  envelopeFor(
    PlaatsingGerealiseerd,
    {
      plaatsingId,
      trajectId: t.id,
      inwonerId: t.inwonerId,
      werkgeverId: randomUUID(),
      startdatum: dagen(0),
      urenPerWeek: 32,
      contractvorm: 'vast',
      afspraakbaan: false,
      ...data,
    },
    plaatsingId,
  );

/**
 * Issue 21: trajecten takes a batch of plaatsing-gerealiseerd events set-based (PlaatsingHandlers.gerealiseerd, an
 * OnEventBatch handler). The same events, some for unknown and closed trajecten, a duplicate among them, applied one
 * by one in one service and in one batch in another (on copies of the same trajecten) give exactly the same rows,
 * ids and jobs; the batch costs a bounded number of statements however many events it holds.
 */
describe('trajecten: placements applied in one batch, set-based', () => {
  const env = { EVENT_CONCURRENCY: '1', DUURZAAMHEIDSCHECK_NA: 'P6M', EVENT_RETRY_DELAY_MS: '60000' };
  const alleen = new TrajectenTestApp({ ...env, EVENT_BATCH_SIZE: '1' });
  const batch = new TrajectenTestApp({ ...env, EVENT_BATCH_SIZE: '50' });
  // Two services to start (migrations, consumers): more than one's time on a loaded machine.
  beforeAll(async () => {
    await Promise.all([alleen.start(), batch.start()]);
  }, 180_000);
  afterAll(async () => {
    await Promise.all([alleen.stop(), batch.stop()]);
  });

  it('gives the rows, ids and jobs that applying them one by one gives, in a bounded number of statements', async () => {
    // Trajecten in the one-by-one service: one with three placements (one inwoner, the earliest counts), plain ones,
    // one closed 40 days ago (its placement of today is past the 28 days) and one closed 10 days ago (it counts).
    const [drie, een, twee, lang, kort] = [
      await alleen.nieuwTraject({ doelgroepen: ['statushouders'] }),
      await alleen.nieuwTraject(),
      await alleen.nieuwTraject({ doelgroepen: ['jongeren'] }),
      await alleen.nieuwTraject(),
      await alleen.nieuwTraject(),
    ];
    await alleen.query(
      `UPDATE trajecten SET status = 'afgesloten', afgesloten_op = $2, afsluitreden = 'verhuisd' WHERE id = $1`,
      [lang.id, dagen(-40)],
    );
    await alleen.query(
      `UPDATE trajecten SET status = 'afgesloten', afgesloten_op = $2, afsluitreden = 'verhuisd' WHERE id = $1`,
      [kort.id, dagen(-10)],
    );
    for (const tabel of GELEZEN) {
      const rijen = await alleen.query(`SELECT coalesce(jsonb_agg(to_jsonb(t)), '[]') AS r FROM ${tabel} t`);
      await batch.query(`DELETE FROM ${tabel}`);
      await batch.query(`INSERT INTO ${tabel} SELECT * FROM jsonb_populate_recordset(null::${tabel}, $1)`, [
        JSON.stringify(rijen[0].r),
      ]);
    }

    const onbekend = () => ({ id: randomUUID(), inwonerId: randomUUID() });
    const events = [
      plaatsing(drie, { startdatum: dagen(-3) }),
      plaatsing(drie, { startdatum: dagen(-20), urenPerWeek: 12 }),
      plaatsing(drie, { startdatum: dagen(-1), afspraakbaan: true }),
      plaatsing(een),
      plaatsing(twee, { startdatum: dagen(-5) }),
      plaatsing(onbekend()),
      plaatsing(lang),
      plaatsing(kort),
      plaatsing(onbekend()),
      ...Array.from({ length: 8 }, (_, i) => plaatsing(i % 2 ? een : twee, { startdatum: dagen(-10 - i) })),
    ];
    // The first event again, once as it was (the next batch's) and once under another subject (the same batch).
    const dubbel = [events[0], { ...events[0], subject: randomUUID() }];
    const bekend = events.filter((_, i) => i !== 5 && i !== 8);

    const toegepast = async (t: TrajectenTestApp) =>
      eventually(async () => {
        const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)`, [
          bekend.map((e) => e.id),
        ]);
        expect(n).toBe(bekend.length);
      });
    for (const e of [...events, ...dubbel]) await publishTestEvent(alleen.nc, alleen.run, PlaatsingGerealiseerd, e);
    await toegepast(alleen);

    // Published while the batch service is down, so on its start they are in hand together and go in one batch
    // (its first delivery may still go alone).
    await batch.app.close();
    for (const e of [...events, ...dubbel]) await publishTestEvent(batch.nc, batch.run, PlaatsingGerealiseerd, e);
    const transacties = await transactionsDuring(async () => {
      await batch.boot();
      await toegepast(batch);
    });

    for (const [naam, sql] of Object.entries(UITKOMST))
      expect({ [naam]: await batch.query(sql) }).toEqual({ [naam]: await alleen.query(sql) });
    const [{ n }] = await batch.query(`SELECT count(*)::int AS n FROM opvolgingen WHERE soort = 'duurzaamheidscheck'`);
    expect(n).toBe(bekend.length);
    // The checks' jobs (the trajecten's own follow-ups have theirs in the one-by-one service only).
    const checks = new Set(
      (await batch.query(`SELECT id FROM opvolgingen WHERE soort = 'duurzaamheidscheck'`)).map(
        (r) => `opvolging-${r.id}`,
      ),
    );
    const jobs = async (t: TrajectenTestApp) =>
      (await t.app.get(OpvolgingWachtrij).queue.getJobs(['delayed', 'wait', 'active']))
        .filter((j) => checks.has(j.id!))
        .map((j) => ({ id: j.id, data: j.data as unknown, vervaldatum: j.timestamp + j.delay }))
        .sort((a, b) => a.id!.localeCompare(b.id!));
    expect((await jobs(batch)).map(({ id, data }) => ({ id, data }))).toEqual(
      (await jobs(alleen)).map(({ id, data }) => ({ id, data })),
    );
    expect(await jobs(batch)).toHaveLength(bekend.length);

    // The batches that planned checks: a bounded number of statements each, whatever their size (BEGIN, inbox,
    // trajecten, checks, placements, doelgroepen, counters, facts, the monitor's lock, facts read, vooruit read,
    // vooruit delete, doelgroepen, vooruit insert, counters, COMMIT). One event at a time costs 12 or more.
    const planned = transacties.filter((s) => s.some((x) => /^WITH opvolgingen_gepland AS/.test(x)));
    expect(planned.length).toBeGreaterThan(0);
    for (const statements of planned) expect(statements.length).toBeLessThanOrEqual(16);
    // The events were applied in batches, not one by one: the inbox rows of one batch share its start.
    const [{ grootste }] = await batch.query(
      `SELECT max(n)::int AS grootste FROM (SELECT count(*) AS n FROM inbox WHERE event_id = ANY($1) GROUP BY applied_at) b`,
      [bekend.map((e) => e.id)],
    );
    expect(grootste).toBeGreaterThanOrEqual(5);
  });

  it("reads the inwoners' facts by index, also where monitor_feiten grew after it was last analysed", async () => {
    const trajecten = await Promise.all(Array.from({ length: 50 }, () => batch.nieuwTraject()));
    // Statistics taken while the table was empty (as after a deployment's ANALYZE), then 30,000 facts of other
    // inwoners, as in a table that grew faster than autovacuum analyses it: on those statistics the facts read of a
    // batch was planned as a scan of the whole table.
    await batch.query(`DELETE FROM monitor_feiten`);
    await batch.query(`ANALYZE monitor_feiten`);
    await batch.query(
      `INSERT INTO monitor_feiten (bron, inwoner_id, traject_id, soort, dag, op, stap, gemeentecode)
       SELECT 'elders:' || i, gen_random_uuid(), gen_random_uuid(), 'plaatsing', current_date, now(), 'matchen', 'GM0014'
         FROM generate_series(1, 30000) AS i`,
    );
    await batch.app.close();
    // Read on a connection of the test's own: the service is down meanwhile, and its closed connections have
    // reported their scans on the way out.
    const db = new Client({ connectionString: batch.run.databaseUrl('trajecten') });
    await db.connect();
    const scans = async () =>
      (
        await db.query<{ seq: number; idx: number }>(
          `SELECT seq_scan::int AS seq, idx_scan::int AS idx FROM pg_stat_user_tables WHERE relname = 'monitor_feiten'`,
        )
      ).rows[0];
    const events = trajecten.map((t) => plaatsing(t)); // each its own subject, so they can share a batch
    for (const e of events) await publishTestEvent(batch.nc, batch.run, PlaatsingGerealiseerd, e);
    const voor = await scans();
    await batch.boot();
    await eventually(async () => {
      const [{ n }] = await batch.query(`SELECT count(*)::int AS n FROM inbox WHERE event_id = ANY($1)`, [
        events.map((e) => e.id),
      ]);
      expect(n).toBe(events.length);
    });
    // The service's statistics reach the view once its connection is idle: the index scans show they have.
    const na = await eventually(async () => {
      const s = await scans();
      expect(s.idx).toBeGreaterThan(voor.idx);
      return s;
    });
    await db.end();
    expect(na.seq - voor.seq).toBe(0);
  });
});
