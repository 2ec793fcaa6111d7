import { JetStreamApiError, JetStreamManager, RetentionPolicy, StorageType, StreamConfig } from '@nats-io/jetstream';
import { errors, nanos } from '@nats-io/transport-node';
import type { EventNaming } from './event-naming';

const DAY_MS = 24 * 3600 * 1000;

/** Creates or updates the event stream and the dead-letter stream. Safe to run on every start of every instance. */
export async function ensureStreams(jsm: JetStreamManager, naming: EventNaming, replicas: number): Promise<void> {
  await ensureStream(jsm, {
    name: naming.stream,
    subjects: naming.streamSubjects,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    // Events are kept a year so a new projection can be rebuilt from history.
    max_age: nanos(365 * DAY_MS),
    duplicate_window: nanos(2 * 60 * 1000),
    num_replicas: replicas,
  });
  await ensureStream(jsm, {
    name: naming.deadLetterStream,
    subjects: naming.deadLetterSubjects,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(2 * 60 * 1000),
    num_replicas: replicas,
  });
}

async function ensureStream(jsm: JetStreamManager, config: Partial<StreamConfig> & { name: string }): Promise<void> {
  try {
    const info = await jsm.streams.info(config.name);
    const wanted = new Set(config.subjects);
    const same = info.config.subjects.length === wanted.size && info.config.subjects.every((s) => wanted.has(s));
    if (!same) await jsm.streams.update(config.name, { ...info.config, subjects: config.subjects });
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await jsm.streams.add(config).catch(async (addErr) => {
      // Another instance created it between our look-up and add.
      if (!String(addErr).includes('already in use')) throw addErr;
    });
  }
}

const STREAM_NOT_FOUND = 10059;
const CONSUMER_NOT_FOUND = 10014;

export function isNotFound(err: unknown): boolean {
  return err instanceof JetStreamApiError && (err.code === STREAM_NOT_FOUND || err.code === CONSUMER_NOT_FOUND);
}

/** "JetStream system temporarily unavailable": the cluster's meta leader is being elected. */
const JETSTREAM_NOT_AVAILABLE = 10008;

/**
 * Runs a JetStream API call again while a cluster settles. Right after a replicated stream is created, or while
 * a leader is elected after a node died, a request can go unanswered (timeout) or find no one (no responders);
 * instances that start together hit this (the cluster test saw one in eight starts fail). A single server
 * never does, and any other error is thrown at once.
 */
export async function whileClusterSettles<T>(call: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await call();
    } catch (err) {
      const settling =
        err instanceof errors.TimeoutError ||
        (err as Error)?.name === 'JetStreamNotEnabled' ||
        (err instanceof JetStreamApiError && err.code === JETSTREAM_NOT_AVAILABLE);
      if (!settling || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}
