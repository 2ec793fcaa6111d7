import { connect, NatsConnection } from '@nats-io/transport-node';
import type { Logger } from 'pino';

/**
 * A connection that never gives up. At first start it waits until NATS answers (streams must exist before
 * consumers start); afterwards the service keeps serving HTTP while NATS is away, the outbox holds events until it
 * returns, and readiness reports it meanwhile.
 */
export async function connectToNats(url: string, name: string, logger: Logger): Promise<NatsConnection> {
  const nc = await connect({
    servers: url.split(','),
    name,
    waitOnFirstConnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    pingInterval: 10_000,
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
