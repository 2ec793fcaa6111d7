import { connect } from '@nats-io/transport-node';
import Redis from 'ioredis';
import {
  EVENT_EXAMPLES,
  EventData,
  kalenderdag,
  PlaatsingGerealiseerd,
  StapGezet,
  TrajectGestart,
} from '@wiz/contracts';
import type { ServiceName } from '@wiz/platform';
import {
  envelopeFor,
  eventually,
  NatsServerProcess,
  PostgresServerProcess,
  publishTestEvent,
  RedisServerProcess,
  ServiceProcess,
  startServices,
  TestRun,
} from '@wiz/platform/testing';
import { FaultTable } from './faults/fault-table';
import { postAanmeldingen, sql } from './faults/load';
import { gestartOpStream, trajectenVoor, trajectRow, trajectTelling } from './faults/traject-tally';

/**
 * Faults injected into the running system (services as separate processes, as `npm start` runs them). Each test
 * starts the servers it kills on spare ports of its own; the machine's shared PostgreSQL, Redis and NATS are only
 * used where nothing is killed. Every test counts what was sent, lost and duplicated; the table is printed at the end.
 */
describe('fault injection', () => {
  const table = new FaultTable();
  const cleanups: (() => Promise<unknown> | unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse())
      await Promise.resolve()
        .then(cleanup)
        .catch(() => undefined);
  });
  afterAll(() => table.print());

  const start = async (run: TestRun, names: ServiceName[], env: NodeJS.ProcessEnv = {}) => {
    const services = await startServices(run, names, { LOG_LEVEL: 'warn', ...env });
    cleanups.push(
      () => run.cleanup(),
      () => Promise.all(services.map((s) => s.stop('SIGKILL'))),
    );
    return Object.fromEntries(services.map((s) => [s.name, s])) as Record<ServiceName, ServiceProcess>;
  };
  const frontoffice = (run: TestRun) => run.token({ role: 'frontoffice', organisatie: 'GM0014' });
  it('NATS killed during a burst of 1,000 aanmeldingen and restarted: every traject exists exactly once', async () => {
    const nats = await NatsServerProcess.start();
    cleanups.push(() => nats.stop());
    const run = new TestRun({ NATS_URL: nats.url });
    const { intake } = await start(run, ['intake', 'trajecten']);
    let restarted: Promise<void> | undefined;
    const burst = await postAanmeldingen(intake.url, await frontoffice(run), {
      count: 1_000,
      onAccepted: (total) => {
        if (total !== 300) return;
        restarted = (async () => {
          await nats.stop(); // SIGKILL
          await new Promise((r) => setTimeout(r, 2_000));
          await nats.start();
        })();
      },
    });
    await restarted;
    expect(restarted).toBeDefined();
    expect(burst.refused).toEqual(new Map()); // intake never needs NATS to accept: the outbox holds the events

    const telling = await trajectenVoor(run, 1_000);
    const stream = await gestartOpStream(run);
    table.add(
      trajectRow('NATS killed (SIGKILL) during 1,000 aanmeldingen, restarted', burst.accepted, telling, stream),
    );
    expect(telling).toEqual({ rows: 1_000, distinct: 1_000 });
    expect(stream).toEqual({ messages: 1_000, trajecten: 1_000 });
  }, 180_000);

  it('a consumer service killed with SIGKILL mid-stream and restarted: nothing lost, nothing doubled', async () => {
    // A short ack wait, so the events the killed instance had in hand come back in seconds rather than 30.
    const run = new TestRun({ EVENT_ACK_WAIT_MS: '5000' });
    const { intake, trajecten } = await start(run, ['intake', 'trajecten']);
    const sending = postAanmeldingen(intake.url, await frontoffice(run), { count: 1_000 });
    const killedAt = await eventually(
      async () => {
        const { rows } = await trajectTelling(run);
        expect(rows).toBeGreaterThanOrEqual(100);
        await trajecten.stop('SIGKILL');
        return rows;
      },
      60_000,
      20,
    );
    expect(killedAt).toBeLessThan(1_000); // the kill did come mid-stream
    await trajecten.start().waitUntilReady();
    const burst = await sending;

    const telling = await trajectenVoor(run, 1_000);
    const stream = await gestartOpStream(run);
    table.add(
      trajectRow(
        `trajecten killed (SIGKILL) mid-stream (after ${killedAt} of 1,000), restarted`,
        burst.accepted,
        telling,
        stream,
      ),
    );
    expect(burst.accepted).toBe(1_000);
    expect(telling).toEqual({ rows: 1_000, distinct: 1_000 });
    expect(stream).toEqual({ messages: 1_000, trajecten: 1_000 });
  }, 180_000);

  it('Redis flushed, and Redis killed and restarted empty, with planned checks: every check still fires, once', async () => {
    const redis = await RedisServerProcess.start();
    cleanups.push(() => redis.kill());
    const run = new TestRun({ REDIS_URL: redis.url, DUURZAAMHEIDSCHECK_NA: 'PT12S', OPVOLGING_RECONCILE_MS: '1000' });
    const { intake } = await start(run, ['intake', 'trajecten']);
    const nc = await connect({ servers: run.env.NATS_URL });
    cleanups.push(() => nc.close());
    const client = new Redis(redis.url, { maxRetriesPerRequest: 1, lazyConnect: true });
    cleanups.push(() => client.disconnect());

    await postAanmeldingen(intake.url, await frontoffice(run), { count: 60 });
    const trajecten = await eventually(
      async () => {
        const rows = await sql<{ id: string; inwoner_id: string }>(
          run,
          'trajecten',
          'SELECT id, inwoner_id FROM trajecten ORDER BY id',
        );
        expect(rows).toHaveLength(60);
        return rows;
      },
      30_000,
      250,
    );
    const example = EVENT_EXAMPLES.get(PlaatsingGerealiseerd.type) as EventData<typeof PlaatsingGerealiseerd>;
    const plan = async (batch: typeof trajecten) => {
      for (const t of batch) {
        const data = {
          ...example,
          plaatsingId: crypto.randomUUID(),
          trajectId: t.id,
          inwonerId: t.inwoner_id,
          startdatum: kalenderdag(new Date()),
        };
        await publishTestEvent(nc, run, PlaatsingGerealiseerd, envelopeFor(PlaatsingGerealiseerd, data));
      }
      const ids = batch.map((t) => t.id);
      await eventually(
        async () => {
          const [{ n }] = await sql<{ n: number }>(
            run,
            'trajecten',
            `SELECT count(*)::int AS n FROM opvolgingen WHERE soort = 'duurzaamheidscheck' AND traject_id = ANY($1)`,
            [ids],
          );
          expect(n).toBe(batch.length);
        },
        30_000,
        250,
      );
      return ids;
    };
    const checks = async (ids: string[]) =>
      sql<{ plaatsing_id: string; status: string; gevuurd_op: Date | null }>(
        run,
        'trajecten',
        `SELECT plaatsing_id, status, gevuurd_op FROM opvolgingen WHERE soort = 'duurzaamheidscheck' AND traject_id = ANY($1) ORDER BY plaatsing_id`,
        [ids],
      );
    const fired = async (ids: string[], fault: string) => {
      const open = await eventually(
        async () => {
          const rows = await checks(ids);
          expect(rows.filter((r) => r.status === 'open')).toHaveLength(ids.length);
          return rows;
        },
        60_000,
        500,
      );
      await new Promise((r) => setTimeout(r, 3_000)); // three more reconciles: a second firing would move gevuurd_op
      const later = await checks(ids);
      const perPlaatsing = new Set(later.map((r) => r.plaatsing_id)).size;
      const refired = later.filter((r, i) => r.gevuurd_op?.getTime() !== open[i].gevuurd_op?.getTime()).length;
      table.add({
        fault,
        sent: ids.length,
        lost: ids.length - later.filter((r) => r.status === 'open').length,
        duplicated: later.length - perPlaatsing + refired,
      });
      expect(later).toEqual(open);
      expect(perPlaatsing).toBe(ids.length);
    };

    // Flushed: BullMQ's delayed jobs vanish from under the running service; the reconciler puts them back.
    const eerste = await plan(trajecten.slice(0, 30));
    await client.connect();
    await client.flushall();
    expect(await client.dbsize()).toBe(0);
    client.disconnect();
    await fired(eerste, 'Redis flushed (FLUSHALL) with 30 checks planned');

    // Killed and restarted empty, before the checks come due.
    const tweede = await plan(trajecten.slice(30));
    await redis.kill();
    await new Promise((r) => setTimeout(r, 2_000));
    await redis.start();
    await fired(tweede, 'Redis killed (SIGKILL), restarted empty, 30 checks planned');
  }, 180_000);

  it('PostgreSQL restarted: services answer 503 meanwhile, never 500, and recover without a restart', async () => {
    const postgres = await PostgresServerProcess.start();
    cleanups.push(() => postgres.destroy());
    const run = new TestRun({ DATABASE_URL: postgres.url });
    const services = await start(run, ['intake', 'trajecten', 'werkgevers', 'subsidies']);
    // One read per service that needs the database (an unknown aanmelding is a 404 from the database, too).
    const reads: [ServiceName, string, string][] = [
      ['intake', 'frontoffice', `/api/v1/aanmeldingen/${crypto.randomUUID()}`],
      ['trajecten', 'consulent', `/api/v1/trajecten?inwonerId=${crypto.randomUUID()}`],
      ['werkgevers', 'werkgeversteam', '/api/v1/werkgevers'],
      ['subsidies', 'financien', '/api/v1/regelingen'],
    ];
    const healthy = [404, 200, 200, 200];
    const statuses = async () =>
      Promise.all(
        reads.map(async ([name, role, path]) => {
          const token = await run.token({ role: role as never, organisatie: 'UWV' });
          const res = await fetch(`${services[name].url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
          return { name, status: res.status, type: res.headers.get('content-type'), body: await res.text() };
        }),
      );
    expect((await statuses()).map((s) => s.status)).toEqual(healthy);
    const token = await frontoffice(run);
    const before = await postAanmeldingen(services.intake.url, token, { count: 20 });

    postgres.stop('immediate');
    const during: Awaited<ReturnType<typeof statuses>> = [];
    for (let i = 0; i < 5; i++) during.push(...(await statuses()));
    const ready = await Promise.all(
      Object.values(services).map((s) => fetch(`${s.url}/health/ready`).then((r) => r.status)),
    );
    // Aanmeldingen keep coming while the database is away; the clients retry their 503s as the contract says.
    const meanwhile = postAanmeldingen(services.intake.url, token, { from: 20, count: 20, concurrency: 4 });
    await new Promise((r) => setTimeout(r, 3_000));
    await postgres.start();

    await eventually(async () => expect((await statuses()).map((s) => s.status)).toEqual(healthy), 30_000, 500);
    const after = await meanwhile;
    const telling = await trajectenVoor(run, 40);
    table.add({
      fault: 'PostgreSQL stopped (immediate) 3 s under load, restarted',
      sent: before.accepted + after.accepted,
      lost: before.accepted + after.accepted - telling.distinct,
      duplicated: telling.rows - telling.distinct,
    });

    expect(during.filter((s) => s.status !== 503)).toEqual([]);
    expect(during.filter((s) => !s.type?.startsWith('application/problem+json'))).toEqual([]);
    expect(during.every((s) => JSON.parse(s.body).status === 503)).toBe(true);
    expect(ready).toEqual([503, 503, 503, 503]);
    expect([...after.refused.keys()].filter((s) => s !== 503)).toEqual([]);
    expect(after.refused.get(503)).toBeGreaterThan(0);
    expect(before.accepted + after.accepted).toBe(40);
    expect(telling).toEqual({ rows: 40, distinct: 40 });
  }, 180_000);

  it('a poison event is dead-lettered after the delivery limit, the consumer keeps going, and a replay works once the cause is fixed', async () => {
    // The unknown traject never comes: no waiting for it beyond the delivery limit (EVENT_EARLIER_EVENT_WAIT_MS).
    const run = new TestRun({ EVENT_MAX_DELIVERIES: '3', EVENT_EARLIER_EVENT_WAIT_MS: '0' });
    const { werkgevers } = await start(run, ['werkgevers']);
    const nc = await connect({ servers: run.env.NATS_URL });
    cleanups.push(() => nc.close());
    const gestart = EVENT_EXAMPLES.get(TrajectGestart.type) as EventData<typeof TrajectGestart>;
    const gezet = EVENT_EXAMPLES.get(StapGezet.type) as EventData<typeof StapGezet>;
    const traject = () => ({
      ...gestart,
      trajectId: crypto.randomUUID(),
      inwonerId: crypto.randomUUID(),
      aanmeldingId: crypto.randomUUID(),
      stap: 'begeleiden' as const,
    });
    const stapNaarMatchen = (t: { trajectId: string; inwonerId: string }) =>
      envelopeFor(StapGezet, {
        ...gezet,
        trajectId: t.trajectId,
        inwonerId: t.inwonerId,
        van: 'begeleiden',
        naar: 'matchen',
        versie: 2,
      });

    // The poison: a step of a traject werkgevers has never heard of. Its handler fails on every delivery.
    const onbekend = traject();
    const poison = stapNaarMatchen(onbekend);
    await publishTestEvent(nc, run, StapGezet, poison);
    const bekend = Array.from({ length: 50 }, traject);
    for (const t of bekend) await publishTestEvent(nc, run, TrajectGestart, envelopeFor(TrajectGestart, t));
    for (const t of bekend) await publishTestEvent(nc, run, StapGezet, stapNaarMatchen(t));

    const stappen = () =>
      sql<{ traject_id: string; stap: string }>(run, 'werkgevers', 'SELECT traject_id, stap FROM kandidaten');
    await eventually(
      async () => expect((await stappen()).filter((k) => k.stap === 'matchen')).toHaveLength(50),
      30_000,
      250,
    );
    const beheer = await run.token({ role: 'beheer', organisatie: 'WIZ' });
    const letter = await eventually(
      async () => {
        const res = await fetch(`${werkgevers.url}/api/v1/dead-letters`, {
          headers: { Authorization: `Bearer ${beheer}` },
        });
        const found = (await res.json()).items.find((d: { eventId: string }) => d.eventId === poison.id);
        expect(found).toBeDefined();
        return found;
      },
      30_000,
      250,
    );
    expect(letter.deliveries).toBe(3);

    // The cause is fixed (the traject becomes known), and beheer replays the dead letter.
    await publishTestEvent(nc, run, TrajectGestart, envelopeFor(TrajectGestart, onbekend));
    await eventually(
      async () => expect((await stappen()).map((k) => k.traject_id)).toContain(onbekend.trajectId),
      30_000,
      250,
    );
    const replay = await fetch(`${werkgevers.url}/api/v1/dead-letters/${letter.id}/replay`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${beheer}` },
    });
    expect(replay.status).toBe(202);
    const kandidaten = await eventually(
      async () => {
        const rows = await stappen();
        expect(rows.find((k) => k.traject_id === onbekend.trajectId)?.stap).toBe('matchen');
        return rows;
      },
      30_000,
      250,
    );
    const [{ toegepast }] = await sql<{ toegepast: number }>(
      run,
      'werkgevers',
      'SELECT count(*)::int AS toegepast FROM inbox WHERE subject = $1',
      [StapGezet.type],
    );
    const sent = 1 + bekend.length * 2 + 1;
    const matchen = kandidaten.filter((k) => k.stap === 'matchen').length;
    table.add({
      fault: 'poison event (step of an unknown traject), dead-lettered, replayed after the fix',
      sent,
      lost: bekend.length + 1 - matchen + (bekend.length + 1 - kandidaten.length),
      duplicated: toegepast - (bekend.length + 1),
    });
    expect(kandidaten).toHaveLength(51);
    expect(matchen).toBe(51);
    expect(toegepast).toBe(51);
  }, 180_000);
});
