import request from 'supertest';
import type { DynamicModule } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { connect, NatsConnection } from '@nats-io/transport-node';
import type { JsMsg } from '@nats-io/jetstream';
import { DataSource } from 'typeorm';
import type { EventDefinition } from '@wiz/contracts';
import type { PlatformConfig, ServiceName } from '../config/platform-config';
import type { Role } from '../auth/principal';
import type { ApiDescription } from '../http/openapi';
import { startTestApp } from './test-app';
import type { UploadOptions } from '../http/create-http-app';
import { TestRun } from './test-run';
import { readStream } from './read-stream';

/**
 * One service under test: the real app on this run's own database, stream and Redis prefix, a NATS connection
 * to play the other services, HTTP clients per role, SQL, and the events the service published.
 */
export class ServiceTestApp {
  readonly run: TestRun;
  app!: NestFastifyApplication;
  nc!: NatsConnection;

  constructor(
    private readonly service: ServiceName,
    private readonly moduleFor: (config: PlatformConfig, env: NodeJS.ProcessEnv) => DynamicModule,
    private readonly api: ApiDescription,
    env: NodeJS.ProcessEnv = {},
    private readonly uploads?: UploadOptions,
  ) {
    this.run = new TestRun(env);
  }

  async start(): Promise<this> {
    await this.boot();
    this.nc = await connect({ servers: this.run.env.NATS_URL });
    return this;
  }

  /** (Re)starts the app on the same database, stream and prefix; `env` adds service settings for this boot. */
  async boot(env: NodeJS.ProcessEnv = {}): Promise<void> {
    const config = await this.run.config(this.service);
    this.app = await startTestApp(
      this.moduleFor(config, { ...this.run.env, WIZ_DEV_DIR: this.run.dir, ...env }),
      config,
      this.api,
      this.uploads,
    );
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.nc?.close();
    await this.run.cleanup();
  }

  /** HTTP as one role of one organisation (and team). The app is looked up per call, so clients survive a restart. */
  async as(role: Role, organisatie = 'GM0014', subject?: string, team?: string) {
    return this.client(await this.run.token({ role, organisatie, subject, team }));
  }

  /** HTTP as the inwoner themself (a token as intake's DigiD exchange mints it), for the /api/v1/mijn routes. */
  async asInwoner(inwonerId: string, opts: { gemeentecode?: string; naam?: string } = {}) {
    return this.client(await this.run.inwonerToken(inwonerId, opts));
  }

  private client(token: string) {
    const server = () => this.app.getHttpServer();
    const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
    return {
      get: (url: string) => auth(request(server()).get(url)),
      // Only send a body when given: a second .send() would be concatenated to the first by superagent.
      post: (url: string, body?: object) =>
        body === undefined ? auth(request(server()).post(url)) : auth(request(server()).post(url)).send(body),
      put: (url: string, body?: object) =>
        body === undefined ? auth(request(server()).put(url)) : auth(request(server()).put(url)).send(body),
      delete: (url: string) => auth(request(server()).delete(url)),
    };
  }

  query<T = any>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.app.get(DataSource).query(sql, params);
  }

  /** Every message of one event type in this run's stream so far. */
  published(definition: EventDefinition): Promise<JsMsg[]> {
    return readStream(this.nc, this.run.env.NATS_STREAM!, `${this.run.env.NATS_SUBJECT_PREFIX}${definition.type}`);
  }
}
