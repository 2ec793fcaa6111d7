import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { jetstream } from '@nats-io/jetstream';
import { DuurzaamheidVastgesteld, kalenderdag, PlaatsingBeeindigd, PlaatsingGerealiseerd } from '@wiz/contracts';
import { runInContext } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent } from '@wiz/platform/testing';
import { TrajectenTestApp } from './trajecten-test-app';
import { OpvolgingPlanner } from '../src/modules/opvolgingen/database/opvolging-planner';
import { OpvolgingWachtrij } from '../src/modules/opvolgingen/jobs/opvolging-wachtrij';
import { jobId } from '../src/modules/opvolgingen/jobs/vuur-job';
import type { NieuweOpvolging } from '../src/modules/opvolgingen/opvolging-planner.port';

const vandaag = () => kalenderdag(new Date());

describe('follow-ups and the duurzaamheidscheck (BullMQ on Redis, PostgreSQL as truth)', () => {
  const t = new TrajectenTestApp({
    DUURZAAMHEIDSCHECK_NA: 'PT2S',
    OPVOLGING_RECONCILE_MS: '500',
    CONTACTMOMENT_INTERVAL: 'PT3S',
    STILSTAND_NA: 'PT4S',
  });
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const check = async (plaatsingId: string) =>
    (
      await t.query('SELECT id, status, vervaldatum, gevuurd_op FROM opvolgingen WHERE plaatsing_id = $1', [
        plaatsingId,
      ])
    )[0];

  it('fires a duurzaamheidscheck seconds after a placement, through NATS, Redis and PostgreSQL; 24 hours is duurzaam', async () => {
    const c = await t.as('consulent');
    const traject = await t.nieuwTraject();
    const plaatsing = await t.plaatsing(traject.id, traject.inwonerId);
    await publishTestEvent(t.nc, t.run, PlaatsingGerealiseerd, plaatsing); // delivered twice
    const gepland = await eventually(async () => {
      const o = await check(plaatsing.data.plaatsingId);
      expect(o?.status).toBe('gepland');
      return o;
    });
    expect(gepland.vervaldatum.getTime() - Date.now()).toBeGreaterThan(0);
    await c.post(`/api/v1/opvolgingen/${gepland.id}/uitkomst`, { inDienst: true, urenPerWeek: 30 }).expect(409); // not due yet

    await eventually(async () => expect((await check(plaatsing.data.plaatsingId)).status).toBe('open'), 15_000);
    const open = (await c.get('/api/v1/opvolgingen?soort=duurzaamheidscheck&status=open').expect(200)).body.items;
    expect(open).toContainEqual(
      expect.objectContaining({
        id: gepland.id,
        soort: 'duurzaamheidscheck',
        trajectId: traject.id,
        plaatsingId: plaatsing.data.plaatsingId,
        status: 'open',
      }),
    );
    expect(
      (
        await t.query('SELECT count(*)::int AS n FROM opvolgingen WHERE plaatsing_id = $1', [
          plaatsing.data.plaatsingId,
        ])
      )[0].n,
    ).toBe(1);

    expect(
      (await c.post(`/api/v1/opvolgingen/${gepland.id}/uitkomst`, { inDienst: true, urenPerWeek: 24 }).expect(200))
        .body,
    ).toEqual({ duurzaam: true });
    await c.post(`/api/v1/opvolgingen/${gepland.id}/uitkomst`, { inDienst: true, urenPerWeek: 24 }).expect(409);
    await eventually(async () => {
      const c2 = await jetstream(t.nc).consumers.get(t.run.env.NATS_STREAM!, {
        filter_subjects: `${t.run.env.NATS_SUBJECT_PREFIX}${DuurzaamheidVastgesteld.type}`,
      });
      const m = await c2.next({ expires: 1_000 });
      expect(m?.json<{ data: { plaatsingId: string; duurzaam: boolean } }>().data).toMatchObject({
        plaatsingId: plaatsing.data.plaatsingId,
        duurzaam: true,
      });
    });
  });

  it('calls 23.5 hours not duurzaam, and shows an early end of the placement on its check', async () => {
    const c = await t.as('consulent');
    const traject = await t.nieuwTraject();
    const plaatsing = await t.plaatsing(traject.id, traject.inwonerId);
    const o = await eventually(async () => {
      const r = await check(plaatsing.data.plaatsingId);
      expect(r?.status).toBe('open');
      return r;
    }, 15_000);
    await publishTestEvent(
      t.nc,
      t.run,
      PlaatsingBeeindigd,
      envelopeFor(PlaatsingBeeindigd, {
        plaatsingId: plaatsing.data.plaatsingId,
        trajectId: traject.id,
        inwonerId: traject.inwonerId,
        einddatum: vandaag(),
        reden: 'proeftijd niet doorstaan',
      }),
    );
    await eventually(async () => {
      const items = (await c.get(`/api/v1/opvolgingen?trajectId=${traject.id}&soort=duurzaamheidscheck`).expect(200))
        .body.items;
      expect(items[0].plaatsingBeeindigd).toEqual({ einddatum: vandaag(), reden: 'proeftijd niet doorstaan' });
    });
    expect(
      (await c.post(`/api/v1/opvolgingen/${o.id}/uitkomst`, { inDienst: true, urenPerWeek: 23.5 }).expect(200)).body,
    ).toEqual({ duurzaam: false });
  });

  it('keeps an early end that arrives before its placement, and shows it on the check the placement plans', async () => {
    const c = await t.as('consulent');
    const traject = await t.nieuwTraject();
    const plaatsingId = randomUUID();
    const einde = envelopeFor(PlaatsingBeeindigd, {
      plaatsingId,
      trajectId: traject.id,
      inwonerId: traject.inwonerId,
      einddatum: vandaag(),
      reden: 'bedrijf failliet',
    });
    await publishTestEvent(t.nc, t.run, PlaatsingBeeindigd, einde);
    // Tried against no check, several times (retries of 100 ms here), and not applied: it waits, unacknowledged.
    await new Promise((r) => setTimeout(r, 800));
    expect(await t.query('SELECT 1 FROM inbox WHERE event_id = $1', [einde.id])).toEqual([]);
    await t.plaatsing(traject.id, traject.inwonerId, { plaatsingId });
    await eventually(async () => {
      const items = (await c.get(`/api/v1/opvolgingen?trajectId=${traject.id}&soort=duurzaamheidscheck`).expect(200))
        .body.items;
      expect(items).toHaveLength(1);
      expect(items[0].plaatsingBeeindigd).toEqual({ einddatum: vandaag(), reden: 'bedrijf failliet' });
    }, 15_000);
  });

  it('restores every planned check after Redis lost them, and each fires once', async () => {
    const traject = await t.nieuwTraject();
    const plaatsingen: Awaited<ReturnType<typeof t.plaatsing>>[] = [];
    for (let i = 0; i < 10; i++) plaatsingen.push(await t.plaatsing(traject.id, traject.inwonerId));
    await eventually(async () => {
      const [{ n }] = await t.query(`SELECT count(*)::int AS n FROM opvolgingen WHERE plaatsing_id = ANY($1)`, [
        plaatsingen.map((p) => p.data.plaatsingId),
      ]);
      expect(n).toBe(10);
    });
    // Redis forgets everything of this run (as after a flush or a restart without persistence).
    const redis = new Redis(t.run.env.REDIS_URL!);
    const keys = await redis.keys(`${t.run.env.REDIS_KEY_PREFIX}:bull:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);
    await redis.quit();
    const fired = await eventually(async () => {
      const rows = await t.query(`SELECT id, status, gevuurd_op FROM opvolgingen WHERE plaatsing_id = ANY($1)`, [
        plaatsingen.map((p) => p.data.plaatsingId),
      ]);
      expect(rows.map((r) => r.status)).toEqual(Array(10).fill('open'));
      return rows;
    }, 20_000);
    await new Promise((r) => setTimeout(r, 1_500)); // more reconciles: nothing fires again
    const again = await t.query(`SELECT id, gevuurd_op FROM opvolgingen WHERE id = ANY($1)`, [fired.map((r) => r.id)]);
    expect(new Map(again.map((r) => [r.id, r.gevuurd_op.getTime()]))).toEqual(
      new Map(fired.map((r) => [r.id, r.gevuurd_op.getTime()])),
    );
  });

  it('fires a check whose moment passed while the service was down, once, right after it starts', async () => {
    const traject = await t.nieuwTraject();
    const plaatsing = await t.plaatsing(traject.id, traject.inwonerId);
    await eventually(async () => expect((await check(plaatsing.data.plaatsingId))?.status).toBe('gepland'));
    await t.app.close();
    const redis = new Redis(t.run.env.REDIS_URL!); // and Redis lost the job too while we were away
    const keys = await redis.keys(`${t.run.env.REDIS_KEY_PREFIX}:bull:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
    await new Promise((r) => setTimeout(r, 2_500)); // the due moment passes while down
    await t.boot();
    const o = await eventually(async () => {
      const r = await check(plaatsing.data.plaatsingId);
      expect(r.status).toBe('open');
      return r;
    }, 10_000);
    expect(o.gevuurd_op.getTime()).toBeGreaterThan(o.vervaldatum.getTime());
  });

  it('reminds of a contact moment and plans the next; reminds of a stalled traject only after a quiet period', async () => {
    const c = await t.as('consulent');
    const stil = await t.nieuwTraject();
    const bezig = await t.nieuwTraject();
    // Keep one traject busy so its stalled reminder finds recent activity.
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 1_500));
      await c.post(`/api/v1/trajecten/${bezig.id}/participatieladder`, { trede: 2 + i }).expect(200);
    }
    await eventually(async () => {
      const rows = await t.query(`SELECT soort, status FROM opvolgingen WHERE traject_id = $1 ORDER BY created_at`, [
        stil.id,
      ]);
      expect(rows.filter((r) => r.soort === 'contactmoment' && r.status === 'open').length).toBeGreaterThanOrEqual(1);
      expect(rows.filter((r) => r.soort === 'contactmoment' && r.status === 'gepland')).toHaveLength(1); // the next one
      expect(rows.filter((r) => r.soort === 'stilstand' && r.status === 'open')).toHaveLength(1);
    }, 15_000);
    const bezigStil = await t.query(
      `SELECT status FROM opvolgingen WHERE traject_id = $1 AND soort = 'stilstand' ORDER BY created_at`,
      [bezig.id],
    );
    expect(bezigStil[0].status).toBe('vervallen'); // it was not stalled when its moment came
    expect(bezigStil.at(-1).status).toBe('gepland');
  });

  it('shows the queue to beheer only', async () => {
    const res = await (await t.as('beheer', 'WIZ')).get('/api/v1/wachtrijen').expect(200);
    expect(res.body.items[0]).toMatchObject({
      naam: 'opvolgingen',
      redis: expect.objectContaining({ delayed: expect.any(Number) }),
      gepland: expect.any(Number),
    });
    await (await t.as('consulent')).get('/api/v1/wachtrijen').expect(403);
  });

  it('plans many follow-ups in bulk: one job per follow-up with its delay, and planning again adds none', async () => {
    const traject = await t.nieuwTraject();
    const planner = t.app.get(OpvolgingPlanner);
    const queue = t.app.get(OpvolgingWachtrij).queue;
    const inTransactie = <T>(f: (m: EntityManager) => Promise<T>) => t.app.get(DataSource).transaction(f);
    const nu = Date.now();
    const checks: NieuweOpvolging[] = Array.from({ length: 40 }, (_, i) => ({
      soort: 'duurzaamheidscheck',
      trajectId: traject.id,
      plaatsingId: randomUUID(),
      plaatsingStartdatum: vandaag(),
      vervaldatum: new Date(nu + 3_600_000 + i * 60_000), // due in an hour and later: none fires during the test
    }));
    const mijnJobs = async (ids: string[]) =>
      (await queue.getJobs(['delayed', 'wait', 'active', 'completed', 'failed'])).filter((j) =>
        ids.includes(j.data.opvolgingId),
      );

    // One call, with a placement twice in it: that one is planned once.
    const ids = await inTransactie((m) => planner.planAlle(m, [...checks, checks[0]]));
    expect(ids.slice(0, 40).every((id) => typeof id === 'string')).toBe(true);
    expect(ids[40]).toBeUndefined();
    const nieuw = ids.slice(0, 40) as string[];
    const jobs = await mijnJobs(nieuw);
    expect(jobs.map((j) => j.id).sort()).toEqual(nieuw.map(jobId).sort());
    for (const j of jobs) {
      expect(await j.getState()).toBe('delayed');
      const vervaldatum = checks[nieuw.indexOf(j.data.opvolgingId)].vervaldatum.getTime();
      expect(Math.abs(j.timestamp + j.delay - vervaldatum)).toBeLessThan(1_000); // due when the row says
    }

    // Twice: no row, no job. Queued again (as the reconciler does): BullMQ keeps the one job per id.
    expect(await inTransactie((m) => planner.planAlle(m, checks))).toEqual(Array(40).fill(undefined));
    await t.app.get(OpvolgingWachtrij).zetKlaar(nieuw.map((id, i) => ({ id, vervaldatum: checks[i].vervaldatum })));
    expect((await mijnJobs(nieuw)).length).toBe(40);

    // One at a time from concurrent transactions (the consumer's lanes): their adds go together, none is lost.
    const los = checks.map((c) => ({ ...c, plaatsingId: randomUUID() }));
    const losIds = await Promise.all(los.map((c) => inTransactie((m) => planner.plan(m, c))));
    expect(losIds.every((id) => typeof id === 'string')).toBe(true);
    expect((await mijnJobs(losIds as string[])).map((j) => j.id).sort()).toEqual(
      (losIds as string[]).map(jobId).sort(),
    );
    const [{ n }] = await t.query(
      `SELECT count(*)::int AS n FROM opvolgingen WHERE traject_id = $1 AND soort = 'duurzaamheidscheck'`,
      [traject.id],
    );
    expect(n).toBe(80);
  });

  it('an event applied again after its transaction rolled back plans the same follow-ups: its jobs queued before the rollback belong to the new rows, none is left without one', async () => {
    const traject = await t.nieuwTraject();
    const planner = t.app.get(OpvolgingPlanner);
    const queue = t.app.get(OpvolgingWachtrij).queue;
    const checks: NieuweOpvolging[] = Array.from({ length: 3 }, (_, i) => ({
      soort: 'duurzaamheidscheck',
      trajectId: traject.id,
      plaatsingId: randomUUID(),
      plaatsingStartdatum: vandaag(),
      vervaldatum: new Date(Date.now() + 3_600_000 + i * 60_000),
    }));
    // As the consumer applies an event: its id in the context, and the handler's transaction.
    const alsEvent = <T>(eventId: string, f: (m: EntityManager) => Promise<T>) =>
      t.app
        .get(DataSource)
        .transaction((m) => runInContext({ correlationId: eventId, entityManager: m, eventId }, () => f(m)));
    const eventId = randomUUID();
    let eersteIds: (string | undefined)[] = [];
    // The first try queues its jobs and then fails (a deadlock, say): its rows are rolled back.
    await expect(
      alsEvent(eventId, async (m) => {
        eersteIds = await planner.planAlle(m, checks);
        throw new Error('deadlock detected');
      }),
    ).rejects.toThrow('deadlock detected');
    const checksVan = () =>
      t.query(`SELECT id FROM opvolgingen WHERE traject_id = $1 AND soort = 'duurzaamheidscheck'`, [traject.id]);
    expect(await checksVan()).toHaveLength(0);

    const ids = (await alsEvent(eventId, (m) => planner.planAlle(m, checks))) as string[];
    expect(ids).toEqual(eersteIds);
    const rijen = await checksVan();
    expect(rijen.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort());
    const beideIds = [...ids, ...(eersteIds as string[])].map(jobId);
    const jobs = (await queue.getJobs(['delayed', 'wait', 'active', 'completed', 'failed'])).filter((j) =>
      beideIds.includes(j.id!),
    );
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.map(jobId).sort());

    // Another event planning the same follow-ups of other placements gets ids of its own.
    const ander = await alsEvent(randomUUID(), (m) =>
      planner.planAlle(
        m,
        checks.map((c) => ({ ...c, plaatsingId: randomUUID() })),
      ),
    );
    expect(ander.some((id) => ids.includes(id as string))).toBe(false);
  });
});
