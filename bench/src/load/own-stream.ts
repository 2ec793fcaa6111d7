import { randomUUID } from 'node:crypto';
import { jetstreamManager, RetentionPolicy, StorageType } from '@nats-io/jetstream';
import { nanos, type NatsConnection } from '@nats-io/transport-node';

export interface OwnStream {
  name: string;
  /** The subject prefix of its events (ends with a dot). */
  prefix: string;
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
    remove: () =>
      jsm.streams.delete(name).then(
        () => undefined,
        () => undefined,
      ),
  };
}
