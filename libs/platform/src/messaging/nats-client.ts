import { Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstream, JetStreamClient, JetStreamManager, jetstreamManager } from '@nats-io/jetstream';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig } from '../config/platform-config';
import { connectToNats } from './nats-connection';
import { EventNaming } from './event-naming';
import { ensureStreams, whileClusterSettles } from './stream-setup';

/** How long every publish may go unanswered ("no responders") on a connection that is up before moving server. */
const UNANSWERED_PUBLISHES_RECONNECT_MS = 5_000;

/** The service's one NATS connection, with the streams set up once it is first reachable. */
@Injectable()
export class NatsClient implements OnModuleInit, OnApplicationShutdown {
  private connection?: NatsConnection;
  private js?: JetStreamClient;
  private jsmPromise?: Promise<JetStreamManager>;
  private unansweredSince?: number;

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

  /**
   * A publish was answered "no responders" (the client's JetStreamNotEnabled) although the connection is up: the
   * server we are on knows no stream for the subject. The partition test saw this last beyond 90 s on a node cut
   * off and healed (nats-server 2.9; nats-server#5738 reports it fixed only by restarting that node) while the
   * other nodes served the stream. When publishes have gone unanswered for UNANSWERED_PUBLISHES_RECONNECT_MS, the
   * client moves to the next server of the cluster; on one server it reconnects to the same, which costs nothing.
   */
  publishUnanswered(): void {
    const now = Date.now();
    this.unansweredSince ??= now;
    if (now - this.unansweredSince < UNANSWERED_PUBLISHES_RECONNECT_MS || !this.isConnected()) return;
    this.unansweredSince = undefined;
    const server = this.connection!.getServer();
    this.logger.warn(
      { server },
      `publishes unanswered by this NATS server for ${UNANSWERED_PUBLISHES_RECONNECT_MS / 1000} s; moving to another server`,
    );
    this.connection!.reconnect().catch((err) => this.logger.warn({ err }, 'NATS reconnect failed'));
  }

  /** A publish reached its stream: the server we are on serves it. */
  publishAnswered(): void {
    this.unansweredSince = undefined;
  }

  async roundTripMs(): Promise<number> {
    if (!this.connection) throw new Error('NATS not connected');
    return this.connection.rtt();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.connection?.drain().catch(() => undefined);
  }
}
