import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { jetstream, JsMsg } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import type { EventDefinition } from '@wiz/contracts';
import type { Role } from '@wiz/platform';
import { startTestApp, TestRun } from '@wiz/platform/testing';
import { IntakeModule, INTAKE_API } from '../src/app.module';

/** A valid aanmelding; tests override what they are about. */
export function aanmelding(overrides: { inwoner?: Record<string, unknown>; situatie?: Record<string, unknown>; [k: string]: unknown } = {}) {
  const { inwoner, situatie, ...rest } = overrides;
  return {
    kanaal: 'balie',
    inwoner: { voornaam: 'Anne', achternaam: 'de Vries', geboortedatum: '1990-04-01', postcode: '9711AB', huisnummer: '12', gemeentecode: 'GM0014', ...inwoner },
    situatie: { uitkering: 'ww', werkend: false, zzp: false, arbeidsbeperking: false, statushouder: false, startkwalificatie: true, ...situatie },
    hulpvraag: 'Ik zoek werk',
    ...rest,
  };
}

/** The real intake service on its own database, stream and keys, with helpers to call it as a given role. */
export class IntakeTestApp {
  readonly run = new TestRun();
  app!: NestFastifyApplication;
  nc!: NatsConnection;

  async start(): Promise<this> {
    const config = await this.run.config('intake');
    this.app = await startTestApp(IntakeModule.register(config, { ...this.run.env, WIZ_DEV_DIR: this.run.dir }), config, INTAKE_API);
    this.nc = await connect({ servers: this.run.env.NATS_URL });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.run.cleanup();
  }

  async as(role: Role, organisatie = 'GM0014', subject?: string) {
    const token = await this.run.token({ role, organisatie, subject });
    // The server is looked up per call, so a client made before a restart talks to the restarted app.
    const server = () => this.app.getHttpServer();
    const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
    return {
      get: (url: string) => auth(request(server()).get(url)),
      post: (url: string, body?: object) => auth(request(server()).post(url)).send(body ?? {}),
      put: (url: string, body?: object) => auth(request(server()).put(url)).send(body ?? {}),
    };
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, params);
  }

  /** Every message of one event type in this run's stream so far. */
  async published(definition: EventDefinition): Promise<JsMsg[]> {
    const consumer = await jetstream(this.nc).consumers.get(this.run.env.NATS_STREAM!, { filter_subjects: `${this.run.env.NATS_SUBJECT_PREFIX}${definition.type}` });
    const { num_pending: pending } = await consumer.info();
    const found: JsMsg[] = [];
    if (pending === 0) return found;
    for await (const m of await consumer.fetch({ max_messages: pending, expires: 5_000 })) {
      found.push(m);
      if (found.length === pending) break;
    }
    return found;
  }
}
