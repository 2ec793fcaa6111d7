import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { AanmeldingAfgerond, EventData, EventEnvelope } from '@wiz/contracts';
import { envelopeFor } from '../src/testing';
import { probeEventData } from './fixtures/probe.module';
import { count, eventually, listDeadLetters, probeConsumerTestApp } from './helpers';

describe('idempotent consumers with inbox, retries and dead letters', () => {
  const probe = probeConsumerTestApp({ EVENT_MAX_DELIVERIES: '3' });
  const { run, failures, publish } = probe;
  let beheer: string;

  beforeAll(async () => {
    beheer = await run.token({ role: 'beheer', organisatie: 'GM0014' });
  });

  type Envelope = EventEnvelope<EventData<typeof AanmeldingAfgerond>>;

  const envelope = (aanmeldingId: string): Envelope => envelopeFor(AanmeldingAfgerond, probeEventData(aanmeldingId));

  const effects = (aanmeldingId: string) =>
    count(probe.app, 'SELECT 1 FROM probe_effects WHERE aanmelding_id = $1', [aanmeldingId]);

  it('applies the same event delivered twice only once', async () => {
    const event = envelope(randomUUID());
    await publish(event);
    await publish(event);
    const marker = envelope(randomUUID()); // published after both: once it is applied, both copies were handled
    await publish(marker);
    await eventually(async () => expect(await effects(marker.data.aanmeldingId)).toBe(1));
    expect(await effects(event.data.aanmeldingId)).toBe(1);
    expect(await count(probe.app, 'SELECT 1 FROM inbox WHERE event_id = $1', [event.id])).toBe(1);
  });

  it('redelivers after a failing handler and applies the event once it succeeds', async () => {
    const event = envelope(randomUUID());
    failures.remaining.set(event.data.aanmeldingId, 2);
    await publish(event);
    await eventually(async () => expect(await effects(event.data.aanmeldingId)).toBe(1));
    expect(failures.remaining.get(event.data.aanmeldingId)).toBe(0);
  });

  it('dead-letters after the delivery limit, keeps consuming, and replays on request', async () => {
    const poisoned = envelope(randomUUID());
    failures.remaining.set(poisoned.data.aanmeldingId, 3);
    await publish(poisoned);
    const after = envelope(randomUUID());
    await publish(after);
    await eventually(async () => expect(await effects(after.data.aanmeldingId)).toBe(1));

    const list = await eventually(async () => {
      const items = await listDeadLetters(probe.app, beheer);
      const found = items.find((d: { eventId: string }) => d.eventId === poisoned.id);
      expect(found).toBeDefined();
      return found;
    });
    expect(list.deliveries).toBe(3);
    expect(list.error).toContain('probe handler told to fail');
    expect(await effects(poisoned.data.aanmeldingId)).toBe(0);

    // The cause is fixed (no more failures left), so the replay applies it.
    await request(probe.app.getHttpServer())
      .post(`/api/v1/dead-letters/${list.id}/replay`)
      .set('Authorization', `Bearer ${beheer}`)
      .expect(202);
    await eventually(async () => expect(await effects(poisoned.data.aanmeldingId)).toBe(1));
    const items = await listDeadLetters(probe.app, beheer);
    expect(items.find((d: { eventId: string }) => d.eventId === poisoned.id)).toBeUndefined();
  });

  it('waits for an earlier event beyond the delivery limit instead of dead-lettering (EarlierEventMissing)', async () => {
    const event = envelope(randomUUID());
    failures.earlierMissing.set(event.data.aanmeldingId, 6); // twice EVENT_MAX_DELIVERIES
    await publish(event);
    await eventually(async () => expect(await effects(event.data.aanmeldingId)).toBe(1), 30_000);
    expect(failures.earlierMissing.get(event.data.aanmeldingId)).toBe(0);
    const items = await listDeadLetters(probe.app, beheer);
    expect(items.find((d: { eventId: string }) => d.eventId === event.id)).toBeUndefined();
  });

  it('dead-letters an event that does not match its schema at once', async () => {
    const bad = envelope(randomUUID());
    (bad.data as Record<string, unknown>).gemeentecode = 'Groningen';
    await publish(bad);
    await eventually(async () => {
      const items = await listDeadLetters(probe.app, beheer);
      const found = items.find((d: { eventId: string }) => d.eventId === bad.id);
      expect(found?.error).toMatch(/invalid event/);
      expect(found?.deliveries).toBe(1);
    });
  });

  it('refuses the dead-letter endpoints to other roles', async () => {
    const consulent = await run.token({ role: 'consulent', organisatie: 'GM0014' });
    await request(probe.app.getHttpServer())
      .get('/api/v1/dead-letters')
      .set('Authorization', `Bearer ${consulent}`)
      .expect(403);
  });
});
