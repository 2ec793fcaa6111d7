import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, JetStreamClient, JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig } from '../config/platform-config';
import { connectToNats } from './nats-connection';
import { EventNaming } from './event-naming';
import { ensureStreams, whileClusterSettles } from './stream-setup';

/** The service's one NATS connection, with the streams set up once it is first reachable. */
@Injectable()
export class NatsClient implements OnModuleInit, OnApplicationShutdown {
  private connection?: NatsConnection;
  private js?: JetStreamClient;
  private jsmPromise?: Promise<JetStreamManager>;

  constructor(
    private readonly config: PlatformConfig,
    private readonly naming: EventNaming,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('NatsClient');
  }

  async onModuleInit(): Promise<void> {
    // Waits for the first connection; with NATS down at start this resolves once it comes up.
    this.connection = await connectToNats(this.config.nats, this.config.service, this.logger.logger);
    this.js = jetstream(this.connection);
    const jsm = await this.manager();
    await whileClusterSettles(() => ensureStreams(jsm, this.naming, this.config.nats.replicas));
  }

  manager(): Promise<JetStreamManager> {
    if (!this.connection) throw new Error('NATS not connected yet');
    this.jsmPromise ??= jetstreamManager(this.connection);
    return this.jsmPromise;
  }

  jetStream(): JetStreamClient {
    if (!this.js) throw new Error('NATS not connected yet');
    return this.js;
  }

  /** The client, or undefined while disconnected, so callers skip work that would only time out. */
  jetStreamIfConnected(): JetStreamClient | undefined {
    return this.isConnected() ? this.js : undefined;
  }

  isConnected(): boolean {
    const nc = this.connection;
    return (
      !!nc &&
      !nc.isClosed() &&
      !nc.isDraining() &&
      (nc as unknown as { protocol?: { connected?: boolean } }).protocol?.connected !== false
    );
  }

  async roundTripMs(): Promise<number> {
    if (!this.connection) throw new Error('NATS not connected');
    return this.connection.rtt();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.drain().catch(() => undefined);
  }
}
