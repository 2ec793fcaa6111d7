import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, EventData, EventEnvelope } from '@wiz/contracts';
import { DataSource } from 'typeorm';
import { envelopeFor } from '../src/testing';
import { probeEventData } from './fixtures/probe.module';
import { count, eventually, probeConsumerTestApp } from './helpers';

/**
 * Events applied in batches (EVENT_BATCH_SIZE): one transaction per batch, each event in its own savepoint. Two
 * batches at a time (EVENT_CONCURRENCY 2); each test first publishes two events that hold both places for a while,
 * so the events published meanwhile queue up and go in batches for certain.
 */
describe('batched consumer', () => {
  const probe = probeConsumerTestApp({
    EVENT_MAX_DELIVERIES: '3',
    EVENT_CONCURRENCY: '2',
    EVENT_BATCH_SIZE: '50',
    EVENT_RETRY_DELAY_MS: '100',
  });
  const { run, failures, publish } = probe;

  type Envelope = EventEnvelope<EventData<typeof AanmeldingAfgerond>>;

  const envelope = (subject: string): Envelope =>
    envelopeFor(AanmeldingAfgerond, probeEventData(randomUUID()), subject);

  const callsOf = (e: Envelope) => failures.calls.filter((c) => c.aanmeldingId === e.data.aanmeldingId);

  /** Publishes two events that hold both batch places, so what is published next queues up behind them. */
  const holdTheConsumer = async () => {
    const gates = [envelope(randomUUID()), envelope(randomUUID())];
    for (const gate of gates) {
      failures.pauseMs.set(gate.data.aanmeldingId, 1_000);
      await publish(gate);
    }
    await eventually(async () => expect(gates.every((gate) => callsOf(gate).length > 0)).toBe(true));
  };

  const effects = (events: Envelope[]) =>
    probe.app
      .get(DataSource)
      .query<{ aanmelding_id: string; applied: string; tx: string }[]>(
        'SELECT aanmelding_id, applied, tx::text FROM probe_effects WHERE aanmelding_id = ANY($1) ORDER BY applied',
        [events.map((e) => e.data.aanmeldingId)],
      );

  it('keeps the order per subject: a later event of a subject waits for the batch holding the earlier one', async () => {
    const subjects = Array.from({ length: 20 }, () => randomUUID());
    const rounds = Array.from({ length: 5 }, () => subjects.map((s) => envelope(s)));
    // The first subject's first event is slow: its batch is still running when the next batch starts beside it.
    failures.pauseMs.set(rounds[0][0].data.aanmeldingId, 300);
    await holdTheConsumer();
    for (const round of rounds) await Promise.all(round.map(publish)); // each round after the one before
    const all = rounds.flat();
    const rows = await eventually(async () => {
      const r = await effects(all);
      expect(r).toHaveLength(all.length);
      return r;
    }, 30_000);

    const subjectOf = new Map(all.map((e) => [e.data.aanmeldingId, e.subject!]));
    const roundOf = new Map(rounds.flatMap((round, i) => round.map((e) => [e.data.aanmeldingId, i] as const)));
    for (const subject of subjects) {
      const order = rows
        .filter((r) => subjectOf.get(r.aanmelding_id) === subject)
        .map((r) => roundOf.get(r.aanmelding_id));
      expect(order).toEqual([0, 1, 2, 3, 4]);
    }
    const batches = new Map<string, typeof rows>();
    for (const row of rows) batches.set(row.tx, [...(batches.get(row.tx) ?? []), row]);
    for (const batch of batches.values()) {
      const batchSubjects = batch.map((r) => subjectOf.get(r.aanmelding_id));
      expect(new Set(batchSubjects).size).toBe(batchSubjects.length);
    }
    expect(Math.max(...[...batches.values()].map((b) => b.length))).toBeGreaterThan(1);
  }, 60_000);

  it('retries a failing event alone while the others of its batch commit once; dead-letters one that keeps failing', async () => {
    const good = Array.from({ length: 8 }, () => envelope(randomUUID()));
    const failsOnce = envelope(randomUUID());
    const poison = envelope(randomUUID());
    failures.remaining.set(failsOnce.data.aanmeldingId, 1);
    failures.remaining.set(poison.data.aanmeldingId, 3); // EVENT_MAX_DELIVERIES
    await holdTheConsumer();
    await Promise.all([...good.slice(0, 4), failsOnce, poison, ...good.slice(4)].map(publish));

    const beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
    await eventually(async () => {
      const res = await request(probe.app.getHttpServer())
        .get('/api/v1/dead-letters')
        .set('Authorization', `Bearer ${beheer}`)
        .expect(200);
      expect(res.body.items.find((d: { eventId: string }) => d.eventId === poison.id)?.deliveries).toBe(3);
    }, 30_000);
    await eventually(async () => expect(await effects([failsOnce])).toHaveLength(1), 30_000);

    const rows = await effects([...good, failsOnce, poison]);
    expect(rows.map((r) => r.aanmelding_id).sort()).toEqual(
      [...good, failsOnce].map((e) => e.data.aanmeldingId).sort(),
    );
    // The good events ran once each: not held back, not retried with the failing ones.
    for (const e of good) expect(callsOf(e)).toHaveLength(1);
    expect(callsOf(failsOnce)).toHaveLength(2);
    expect(callsOf(poison)).toHaveLength(3);
    // Their first attempts failed inside a batch whose other events committed.
    const committed = new Set(rows.map((r) => r.tx));
    expect(committed.has(callsOf(failsOnce)[0].tx)).toBe(true);
    expect(committed.has(callsOf(poison)[0].tx)).toBe(true);
    expect(await count(probe.app, 'SELECT 1 FROM inbox WHERE event_id = $1', [failsOnce.id])).toBe(1);
    expect(await count(probe.app, 'SELECT 1 FROM inbox WHERE event_id = $1', [poison.id])).toBe(0);
    // The handler's gathered counts: those of the applied events only, written once per batch, not per event.
    const [counted] = await probe.app.get(DataSource).query("SELECT n, writes FROM probe_counts WHERE name = 'events'");
    expect(counted.n).toBe(await count(probe.app, 'SELECT 1 FROM probe_effects'));
    expect(counted.writes).toBeLessThan(counted.n);
  }, 60_000);

  it('applies the events of a batch that fails as a whole one at a time, without a redelivery', async () => {
    const events = Array.from({ length: 6 }, () => envelope(randomUUID()));
    failures.failGatheredWritesOfMany = true; // the batch fails at its end, after every handler succeeded
    try {
      await holdTheConsumer();
      await Promise.all(events.map(publish));
      await eventually(async () => expect(await effects(events)).toHaveLength(events.length), 30_000);
    } finally {
      failures.failGatheredWritesOfMany = false;
    }
    // Each ran in the batch that was rolled back and then alone, in a transaction of its own, and no more.
    for (const e of events) expect(callsOf(e)).toHaveLength(2);
    const rows = await effects(events);
    expect(new Set(rows.map((r) => r.tx)).size).toBe(events.length);
  }, 60_000);

  it('applies events delivered twice once, whether the copies meet in a batch or not', async () => {
    const events = Array.from({ length: 10 }, () => envelope(randomUUID()));
    await holdTheConsumer();
    await Promise.all(events.map(publish));
    await Promise.all(events.map(publish)); // the same envelopes again, under new message ids
    const marker = envelope(randomUUID()); // published after both copies: once it is applied, all were handled
    await publish(marker);
    await eventually(async () => expect(await effects([marker])).toHaveLength(1), 30_000);
    await eventually(async () => expect(await effects(events)).toHaveLength(events.length), 30_000);
    for (const e of events) expect(callsOf(e)).toHaveLength(1);
    expect(await count(probe.app, 'SELECT 1 FROM inbox WHERE event_id = ANY($1)', [events.map((e) => e.id)])).toBe(
      events.length,
    );
  }, 60_000);
});
