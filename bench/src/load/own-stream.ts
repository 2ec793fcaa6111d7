import { randomUUID } from 'node:crypto';
import {
  AckPolicy,
  type ConsumerMessages,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';

export interface OwnStream {
  name: string;
  /** The subject prefix of its events (ends with a dot). */
  prefix: string;
  /**
   * A durable pull consumer of one event type, set up as the services' (explicit acks, 1,000 unacknowledged at
   * most, 100 messages per pull), consuming.
   */
  consume(durable: string, type: string): Promise<ConsumerMessages>;
  remove(): Promise<void>;
}

/**
 * A stream of a floor measurement's own, set up as the services' (file storage, a 2-minute dedupe window) under a
 * fresh subject prefix, so no service's consumer sees its events; `remove` deletes it.
 */
export async function ownStream(nc: NatsConnection, kind: string): Promise<OwnStream> {
  const jsm = await jetstreamManager(nc);
  const tag = `${kind}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const name = `WIZ_BENCH_${tag.toUpperCase()}`;
  await jsm.streams.add({
    name,
    subjects: [`${tag}.>`],
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(2 * 60 * 1000),
  });
  return {
    name,
    prefix: `${tag}.`,
    async consume(durable, type) {
      await jsm.consumers.add(name, {
        durable_name: durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        filter_subject: `${tag}.${type}`,
        ack_wait: nanos(30_000),
        max_ack_pending: 1_000,
      });
      return (await jetstream(nc).consumers.get(name, durable)).consume({ max_messages: 100, expires: 5_000 });
    },
    remove: () =>
      jsm.streams.delete(name).then(
        () => undefined,
        () => undefined,
      ),
  };
}
