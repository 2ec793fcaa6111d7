import { randomUUID } from 'node:crypto';
import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { z } from 'zod';
import { defineEvent, type EventDefinition, type EventEnvelope } from '@wiz/contracts';
import { envelopeFor, publishTestEvent, startTestApp, TestRun } from '../src/testing';
import {
  DeadLetters,
  EventConsumers,
  EventNaming,
  OnEvent,
  PlatformModule,
  type DeadLetter,
  type PlatformConfig,
} from '../src';
import { count, eventually } from './helpers';
import { PROBE_API } from './fixtures/probe.module';

// One event in two versions of its schema, as two deploys of the same contracts would hold it: the newer one added
// an optional field at the top and one inside a nested object, a compatible change that keeps the subject.
const Bron = z.object({ systeem: z.string().min(1) }).strict();
const Ouder = defineEvent({
  service: 'intake',
  name: 'meting-gedaan',
  version: 1,
  description: 'Test event, as an older consumer knows it.',
  schema: z.object({ metingId: z.uuid(), waarde: z.number().min(0), bron: Bron }).strict(),
});
const Nieuwer = defineEvent({
  ...Ouder,
  description: 'Test event, with the optional fields a newer producer added.',
  schema: z
    .object({
      metingId: z.uuid(),
      waarde: z.number().min(0),
      bron: Bron.extend({ versie: z.string().optional() }),
      eenheid: z.enum(['uur', 'dag']).optional(),
    })
    .strict(),
});

class Metingen1764700000000 implements MigrationInterface {
  name = 'Metingen1764700000000';
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE metingen (event_id uuid PRIMARY KEY, data jsonb NOT NULL)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE metingen');
  }
}

/** A service whose one handler knows the event as `definition` does and keeps the data it was handed. */
function consumerOf(definition: EventDefinition, config: PlatformConfig): DynamicModule {
  @Injectable()
  class MetingHandler {
    @OnEvent(definition)
    async handle(event: EventEnvelope, manager: EntityManager): Promise<void> {
      await manager.query('INSERT INTO metingen (event_id, data) VALUES ($1, $2)', [event.id, event.data]);
    }
  }
  @Module({})
  class MetingModule {}
  return {
    module: MetingModule,
    imports: [PlatformModule.forRoot({ config, persistence: { entities: [], migrations: [Metingen1764700000000] } })],
    providers: [MetingHandler],
  };
}

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
