import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { envelopeFor, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import { DeadLetters, EventConsumers, EventNaming, type DeadLetter } from '../src';
import { consumerOf, Nieuwer, Ouder } from './fixtures/meting-versions';
import { PROBE_API } from './fixtures/probe.module';
import { count, eventually } from './helpers';

describe('an event in two versions of its schema (producers strict, consumers tolerant)', () => {
  const run = new TestRun({ EVENT_MAX_DELIVERIES: '2' });
  let ouder: NestFastifyApplication;
  let nieuwer: NestFastifyApplication;
  let nc: NatsConnection;

  beforeAll(async () => {
    const ouderConfig = await run.config('trajecten');
    ouder = await startTestApp(consumerOf(Ouder, ouderConfig), ouderConfig, PROBE_API);
    const nieuwerConfig = await run.config('werkgevers');
    nieuwer = await startTestApp(consumerOf(Nieuwer, nieuwerConfig), nieuwerConfig, PROBE_API);
    nc = await connect({ servers: run.env.NATS_URL });
  });

  afterAll(async () => {
    await ouder?.close();
    await nieuwer?.close();
    await nc?.close();
    await run.cleanup();
  });

  const stored = async (app: NestFastifyApplication, eventId: string): Promise<unknown> =>
    (await app.get(DataSource).query('SELECT data FROM metingen WHERE event_id = $1', [eventId]))[0]?.data;

  /** Waits until the consumer applied or dead-lettered the event, so either outcome is seen at once. */
  const outcome = (app: NestFastifyApplication, eventId: string) =>
    eventually(async () => {
      const applied = await count(app, 'SELECT 1 FROM metingen WHERE event_id = $1', [eventId]);
      const deadLettered = (await app.get(DeadLetters).list()).filter((d) => d.eventId === eventId).length;
      expect(applied + deadLettered).toBe(1);
      return { applied, deadLettered };
    });

  const bron = { systeem: 'proef' };

  it('an older consumer applies a newer event, without the fields it does not know', async () => {
    const event = envelopeFor(Nieuwer, {
      metingId: randomUUID(),
      waarde: 3,
      bron: { ...bron, versie: '2' },
      eenheid: 'uur',
    });
    await publishTestEvent(nc, run, Nieuwer, event);
    expect(await outcome(ouder, event.id)).toEqual({ applied: 1, deadLettered: 0 });
    expect(await stored(ouder, event.id)).toEqual({ metingId: event.data.metingId, waarde: 3, bron });
    await outcome(nieuwer, event.id);
    expect(await stored(nieuwer, event.id)).toEqual(event.data);
  });

  it('a newer consumer applies an older event, the added fields absent', async () => {
    const event = envelopeFor(Ouder, { metingId: randomUUID(), waarde: 5, bron });
    await publishTestEvent(nc, run, Ouder, event);
    expect(await outcome(nieuwer, event.id)).toEqual({ applied: 1, deadLettered: 0 });
    expect(await stored(nieuwer, event.id)).toEqual(event.data);
  });

  it('still validates the fields a consumer knows, also inside a nested object', async () => {
    const event = envelopeFor(Nieuwer, { metingId: randomUUID(), waarde: 1, bron: { systeem: '' }, eenheid: 'uur' });
    await publishTestEvent(nc, run, Nieuwer, event);
    expect(await outcome(ouder, event.id)).toEqual({ applied: 0, deadLettered: 1 });
  });

  it('replays a newer dead-lettered event in an older consumer just as tolerantly', async () => {
    const event = envelopeFor(Nieuwer, { metingId: randomUUID(), waarde: 7, bron, eenheid: 'dag' });
    const letter: DeadLetter = {
      id: 1,
      consumer: ouder.get(EventNaming).durableName(Ouder.type),
      subject: Ouder.type,
      eventId: event.id,
      error: 'dead-lettered by a consumer that read strictly',
      deliveries: 1,
      deadLetteredAt: new Date().toISOString(),
      data: event,
    };
    await ouder.get(EventConsumers).replay(letter);
    expect(await stored(ouder, event.id)).toEqual({ metingId: event.data.metingId, waarde: 7, bron });
  });
});
