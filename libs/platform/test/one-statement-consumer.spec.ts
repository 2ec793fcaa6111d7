import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { EventData, EventEnvelope, TrajectGestart } from '@wiz/contracts';
import { envelopeFor, publishTestEvent, statementsPerUnitOfWork } from '../src/testing';
import { count, eventually, listDeadLetters, probeConsumerTestApp } from './helpers';

/**
 * Handlers whose writes fit one statement (OnEventWrite): the event's inbox row and its writes go to PostgreSQL as
 * one statement, atomic without a transaction around it. The probe's handler of traject-gestart writes a
 * probe_writes row (no unique constraint, so a double or partial write shows) and, when told to, a second row that
 * violates NOT NULL, failing the statement after its first part.
 */
describe('one-statement consumer (OnEventWrite)', () => {
  const probe = probeConsumerTestApp(
    { EVENT_MAX_DELIVERIES: '3', EVENT_BATCH_SIZE: '50', EVENT_RETRY_DELAY_MS: '100' },
    {},
    { write: true },
  );
  const { run, failures } = probe;

  type Envelope = EventEnvelope<EventData<typeof TrajectGestart>>;

  const envelope = (): Envelope =>
    envelopeFor(TrajectGestart, {
      trajectId: randomUUID(),
      inwonerId: randomUUID(),
      aanmeldingId: randomUUID(),
      organisatie: 'GM0014',
      gemeentecode: 'GM0014',
      stap: 'orienteren',
      gestartOp: new Date().toISOString(),
    });
  const publish = (e: Envelope) => publishTestEvent(probe.nc, run, TrajectGestart, e);
  const writes = (e: Envelope) =>
    count(probe.app, 'SELECT 1 FROM probe_writes WHERE traject_id = $1 AND aanmelding_id = $2', [
      e.data.trajectId,
      e.data.aanmeldingId,
    ]);
  const inboxRows = (e: Envelope) => count(probe.app, 'SELECT 1 FROM inbox WHERE event_id = $1', [e.id]);
  const callsOf = (e: Envelope) => failures.calls.filter((c) => c.aanmeldingId === e.data.aanmeldingId).length;

  it('applies an event in one statement: its inbox row and its writes, with no BEGIN or COMMIT', async () => {
    const event = envelope();
    const units = await statementsPerUnitOfWork(async () => {
      await publish(event);
      await eventually(async () => expect(await writes(event)).toBe(1));
    });
    const [statements] = units.filter((u) => u.some((s) => s.includes('INSERT INTO probe_writes')));
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^WITH inbox_mark AS \(INSERT INTO inbox .*INSERT INTO probe_writes/);
    expect(await inboxRows(event)).toBe(1);
  });

  it('applies the same event delivered twice, also in one batch, once', async () => {
    const event = envelope();
    await Promise.all([publish(event), publish(event)]);
    const marker = envelope(); // published after both copies: once it is applied, both were handled
    await publish(marker);
    await eventually(async () => expect(await writes(marker)).toBe(1));
    expect(await writes(event)).toBe(1);
    expect(await inboxRows(event)).toBe(1);
    expect(callsOf(event)).toBe(2); // the second copy ran its statement and found the inbox row
  });

  it('writes nothing of a failing statement, not even its inbox row, so the event is retried and applied once', async () => {
    const event = envelope();
    failures.remaining.set(event.data.trajectId, 2);
    await publish(event);
    await eventually(async () => expect(await writes(event)).toBe(1));
    expect(callsOf(event)).toBe(3);
    expect(await inboxRows(event)).toBe(1);
  });

  it('retries a failing event alone: the others published with it are applied once', async () => {
    const others = Array.from({ length: 10 }, envelope);
    const failing = envelope();
    failures.remaining.set(failing.data.trajectId, 2);
    await Promise.all([failing, ...others].map(publish));
    await eventually(async () => {
      for (const e of others) expect(await writes(e)).toBe(1);
    });
    for (const e of others) expect(callsOf(e)).toBe(1);
    await eventually(async () => expect(await writes(failing)).toBe(1));
    expect(callsOf(failing)).toBe(3);
  });

  it('dead-letters an event whose statement keeps failing, with nothing of it written, and replays it once', async () => {
    const beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
    const event = envelope();
    failures.remaining.set(event.data.trajectId, 4); // three deliveries, and the first replay
    await publish(event);
    const letter = await eventually(async () => {
      const items = await listDeadLetters(probe.app, beheer);
      const found = items.find((d: { eventId: string }) => d.eventId === event.id);
      expect(found).toBeDefined();
      return found as { id: string };
    });
    expect(await writes(event)).toBe(0);
    expect(await inboxRows(event)).toBe(0);
    const replay = () =>
      request(probe.app.getHttpServer())
        .post(`/api/v1/dead-letters/${letter.id}/replay`)
        .set('Authorization', `Bearer ${beheer}`);
    expect((await replay()).status).toBe(409); // its statement failed once more: kept
    expect(await writes(event)).toBe(0);
    expect((await replay()).status).toBe(202);
    expect(await writes(event)).toBe(1);
    expect(await inboxRows(event)).toBe(1);
  });
});
