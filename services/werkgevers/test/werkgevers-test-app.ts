import request from 'supertest';
import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { jetstream } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import { EventDefinition, StapGezet, ToestemmingGewijzigd, TrajectGestart } from '@wiz/contracts';
import type { Role } from '@wiz/platform';
import { envelopeFor, eventually, publishTestEvent, startTestApp, TestRun } from '@wiz/platform/testing';
import { WerkgeversAppModule, WERKGEVERS_API } from '../src/app.module';

/** The real werkgevers service on its own database and stream; helpers play trajecten and intake. */
export class WerkgeversTestApp {
  readonly run = new TestRun();
  app!: NestFastifyApplication;
  nc!: NatsConnection;

  async start(): Promise<this> {
    const config = await this.run.config('werkgevers');
    this.app = await startTestApp(WerkgeversAppModule.register(config, this.run.env), config, WERKGEVERS_API);
    this.nc = await connect({ servers: this.run.env.NATS_URL });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.run.cleanup();
  }

  async as(role: Role, organisatie = 'GM0014') {
    const token = await this.run.token({ role, organisatie });
    const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
    const server = () => this.app.getHttpServer();
    return {
      get: (url: string) => auth(request(server()).get(url)),
      post: (url: string, body?: object) => auth(request(server()).post(url)).send(body ?? {}),
      put: (url: string, body?: object) => auth(request(server()).put(url)).send(body ?? {}),
    };
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, params);
  }

  /** A traject in the given step, as trajecten would announce it; resolves once werkgevers knows it. */
  async traject(stap: 'orienteren' | 'matchen' = 'matchen', organisatie = 'GM0014') {
    const trajectId = randomUUID();
    const inwonerId = randomUUID();
    await publishTestEvent(this.nc, this.run, TrajectGestart, envelopeFor(TrajectGestart, { trajectId, inwonerId, aanmeldingId: randomUUID(), organisatie, gemeentecode: 'GM0014', stap: 'orienteren', gestartOp: new Date().toISOString() }));
    if (stap === 'matchen') await this.stap(trajectId, inwonerId, 'orienteren', 'matchen', 2);
    await eventually(async () => expect((await this.query('SELECT stap FROM kandidaten WHERE traject_id = $1', [trajectId]))[0]?.stap).toBe(stap));
    return { trajectId, inwonerId };
  }

  stap(trajectId: string, inwonerId: string, van: string, naar: string, versie: number) {
    return publishTestEvent(this.nc, this.run, StapGezet, envelopeFor(StapGezet, { trajectId, inwonerId, gemeentecode: 'GM0014', van: van as never, naar: naar as never, gezetOp: new Date().toISOString(), versie }));
  }

  toestemming(inwonerId: string, gegeven: boolean, gewijzigdOp = new Date()) {
    return publishTestEvent(this.nc, this.run, ToestemmingGewijzigd, envelopeFor(ToestemmingGewijzigd, { inwonerId, doel: 'profiel-delen-met-werkgevers', gegeven, gewijzigdOp: gewijzigdOp.toISOString() }));
  }

  /** Every published event of one type in this run's stream. */
  async published(definition: EventDefinition): Promise<{ data: Record<string, unknown> }[]> {
    const c = await jetstream(this.nc).consumers.get(this.run.env.NATS_STREAM!, { filter_subjects: `${this.run.env.NATS_SUBJECT_PREFIX}${definition.type}` });
    const { num_pending: n } = await c.info();
    const out: { data: Record<string, unknown> }[] = [];
    if (n) for await (const m of await c.fetch({ max_messages: n, expires: 5_000 })) { out.push(m.json()); if (out.length === n) break; }
    return out;
  }
}
