import request from 'supertest';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { DataSource } from 'typeorm';
import { AanmeldingAfgerond, EventData, EVENT_EXAMPLES, PlaatsingGerealiseerd } from '@wiz/contracts';
import type { Role } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent, startTestApp, TestRun } from '@wiz/platform/testing';
import { TrajectenAppModule, TRAJECTEN_API } from '../src/app.module';

/** The real trajecten service on its own database, stream and Redis prefix; helpers play intake and werkgevers. */
export class TrajectenTestApp {
  readonly run: TestRun;
  app!: NestFastifyApplication;
  nc!: NatsConnection;

  constructor(readonly env: NodeJS.ProcessEnv = {}) {
    this.run = new TestRun(env);
  }

  async start(): Promise<this> {
    await this.boot();
    this.nc = await connect({ servers: this.run.env.NATS_URL });
    return this;
  }

  /** (Re)starts the app on the same database, stream and Redis prefix. */
  async boot(): Promise<void> {
    const config = await this.run.config('trajecten');
    this.app = await startTestApp(TrajectenAppModule.register(config, this.run.env), config, TRAJECTEN_API);
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.run.cleanup();
  }

  async as(role: Role, organisatie = 'GM0014') {
    const token = await this.run.token({ role, organisatie });
    const server = () => this.app.getHttpServer();
    const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
    return {
      get: (url: string) => auth(request(server()).get(url)),
      post: (url: string, body?: object) => auth(request(server()).post(url)).send(body ?? {}),
    };
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, params);
  }

  /** Plays intake: an aanmelding arrives, and resolves with the traject once it exists. */
  async nieuwTraject(data: Partial<EventData<typeof AanmeldingAfgerond>> = {}): Promise<{ id: string; inwonerId: string; versie: number }> {
    const e = envelopeFor(AanmeldingAfgerond, {
      ...(EVENT_EXAMPLES.get(AanmeldingAfgerond.type) as EventData<typeof AanmeldingAfgerond>),
      aanmeldingId: randomUUID(), inwonerId: randomUUID(), organisatie: 'GM0014', gemeentecode: 'GM0014', stap: 'orienteren',
      aangemeldOp: new Date().toISOString(),
      ...data,
    });
    await publishTestEvent(this.nc, this.run, AanmeldingAfgerond, e);
    return eventually(async () => {
      const [t] = await this.query('SELECT id, inwoner_id, versie FROM trajecten WHERE aanmelding_id = $1', [e.data.aanmeldingId]);
      expect(t).toBeDefined();
      return { id: t.id, inwonerId: t.inwoner_id, versie: t.versie };
    });
  }

  /** Plays werkgevers: a placement in the traject. */
  async plaatsing(trajectId: string, inwonerId: string, data: Partial<EventData<typeof PlaatsingGerealiseerd>> = {}) {
    const e = envelopeFor(PlaatsingGerealiseerd, {
      plaatsingId: randomUUID(), trajectId, inwonerId, werkgeverId: randomUUID(), startdatum: new Date().toISOString().slice(0, 10),
      urenPerWeek: 32, contractvorm: 'vast', afspraakbaan: false,
      ...data,
    });
    await publishTestEvent(this.nc, this.run, PlaatsingGerealiseerd, e);
    return e;
  }
}
