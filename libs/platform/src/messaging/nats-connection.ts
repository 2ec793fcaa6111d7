import { connect, NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { PlatformConfig, ServiceName } from '../config/platform-config';
import { natsInboxPrefix } from './nats-permissions';

/**
 * A connection that never gives up. At first start it waits until NATS answers (streams must exist before
 * consumers start); afterwards the service keeps serving HTTP while NATS is away, the outbox holds events until it
 * returns, and readiness reports it meanwhile. It signs in as the service's own NATS user when one is configured,
 * and takes its replies under the service's own inbox prefix, the only subjects that user may subscribe to.
 */
export async function connectToNats(
  nats: PlatformConfig['nats'],
  service: ServiceName,
  logger: Logger,
): Promise<NatsConnection> {
  const nc = await connect({
    servers: nats.url.split(','),
    name: `wiz-${service}`,
    inboxPrefix: natsInboxPrefix(service),
    ...(nats.credentials && { user: nats.credentials.user, pass: nats.credentials.password }),
    ...(nats.tlsCa && { tls: { ca: nats.tlsCa } }),
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    pingInterval: 10_000,
    // Without it every request (each JetStream publish, each pull) builds two errors with stack traces up front, in
    // case it fails: about 1% of intake's CPU. A failure still says what failed; it only lacks the caller's stack.
    noAsyncTraces: true,
  });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
        logger.warn({ natsStatus: s.type }, `NATS ${s.type}`);
      }
    }
  })();
  return nc;
}
