import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { envelopeFor } from '../src/testing';
import { probeEventData } from './fixtures/probe.module';
import { eventually, probeConsumerTestApp } from './helpers';

/**
 * Two batches applied side by side that lock the same rows in opposite orders deadlock: PostgreSQL ends one of the
 * transactions. That is no fault of the events: both batches must end applied, with nothing dead-lettered, even with
 * a single delivery allowed (EVENT_MAX_DELIVERIES 1, so a collision that spent a delivery would dead-letter).
 */
describe('batches that collide', () => {
  const probe = probeConsumerTestApp({
    EVENT_MAX_DELIVERIES: '1',
    EVENT_CONCURRENCY: '2',
    EVENT_BATCH_SIZE: '2',
    EVENT_RETRY_DELAY_MS: '100',
  });
  const { run, failures, publish } = probe;

  const event = () => envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()), randomUUID());
  const callsOf = (e: ReturnType<typeof event>) => failures.calls.filter((c) => c.aanmeldingId === e.data.aanmeldingId);

  /**
   * Two events hold both places for a second, so what is published next queues up and goes in batches of two. The
   * second is published once the first runs, so the two are not one batch holding one place.
   */
  const holdTheConsumer = async () => {
    for (const gate of [event(), event()]) {
      failures.pauseMs.set(gate.data.aanmeldingId, 1_000);
      await publish(gate);
      await eventually(async () => expect(callsOf(gate)).toHaveLength(1));
    }
  };

  it('applies the events of a batch in subject order, so batches locking rows keyed by subject lock them in one order', async () => {
    await holdTheConsumer();
    const later = envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()), 'f0000000-0000-4000-8000-000000000000');
    const earlier = envelopeFor(
      AanmeldingAfgerond,
      probeEventData(randomUUID()),
      '0f000000-0000-4000-8000-000000000000',
    );
    for (const e of [later, earlier]) await publish(e); // published (and delivered) in the other order
    await eventually(async () => expect(callsOf(later)).toHaveLength(1), 30_000, 100);
    const [first, second] = [callsOf(earlier)[0], callsOf(later)[0]];
    expect(first.tx).toBe(second.tx); // one batch
    expect(failures.calls.indexOf(first)).toBeLessThan(failures.calls.indexOf(second));
  }, 60_000);

  it('a deadlock between two batches locking rows in opposite orders: both end applied, nothing dead-lettered', async () => {
    await probe.app.get(DataSource).query("INSERT INTO probe_counts (name, n, writes) VALUES ('x', 0, 0), ('y', 0, 0)");
    await holdTheConsumer(); // the four below go as the batches [a, b] and [c, d]
    // Subjects in the order published, so the batches keep it.
    const [a, b, c, d] = [1, 2, 3, 4].map((i) =>
      envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()), `${i}0000000-0000-4000-8000-000000000000`),
    );
    // [a, b] locks x, then y; [c, d] locks y, then x: each first lock held over a pause, so the batches cross. The
    // pause is longer than the gap between the two batches' starts (the gates' counts wait on each other: ~1 s).
    failures.locks.set(a.data.aanmeldingId, ['x']);
    failures.pauseMs.set(a.data.aanmeldingId, 3_000);
    failures.locks.set(b.data.aanmeldingId, ['y']);
    failures.locks.set(c.data.aanmeldingId, ['y']);
    failures.pauseMs.set(c.data.aanmeldingId, 3_000);
    failures.locks.set(d.data.aanmeldingId, ['x']);
    for (const e of [a, b, c, d]) await publish(e);

    const applied = async () =>
      (
        await probe.app
          .get(DataSource)
          .query<{ aanmelding_id: string }[]>('SELECT aanmelding_id FROM probe_effects WHERE aanmelding_id = ANY($1)', [
            [a, b, c, d].map((e) => e.data.aanmeldingId),
          ])
      )
        .map((r) => r.aanmelding_id)
        .sort();
    await eventually(
      async () => expect(await applied()).toEqual([a, b, c, d].map((e) => e.data.aanmeldingId).sort()),
      30_000,
      100,
    );
    // The deadlock happened: a batch was rolled back and its events ran again (otherwise this test proves nothing).
    expect([a, b, c, d].reduce((n, e) => n + callsOf(e).length, 0)).toBeGreaterThan(4);
    const [{ x, y }] = await probe.app
      .get(DataSource)
      .query(
        "SELECT sum(n) FILTER (WHERE name = 'x')::int AS x, sum(n) FILTER (WHERE name = 'y')::int AS y FROM probe_counts",
      );
    expect({ x, y }).toEqual({ x: 2, y: 2 }); // each lock's update once, the rolled-back ones undone
    const beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
    const letters = await request(probe.app.getHttpServer())
      .get('/api/v1/dead-letters')
      .set('Authorization', `Bearer ${beheer}`)
      .expect(200);
    expect(letters.body.items).toEqual([]);
  }, 60_000);
});
