import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { SERVICE_NAMES, type ServiceName } from '@wiz/platform';
import type { Keten } from './keten';

/**
 * Waits until the system has settled: every service's outbox is sent and every durable consumer of the run's stream
 * has nothing pending or unacknowledged, seen twice in a row (an event applied can publish the next one). Then
 * returns the dead letters, so a test can show an event a service gave up on instead of a quiet inconsistency.
 */
export async function totRust(keten: Keten, timeoutMs = 60_000): Promise<string[]> {
  const nc = await connect({ servers: keten.run.env.NATS_URL!.split(',') });
  try {
    const jsm = await jetstreamManager(nc);
    let rustig = 0;
    let bezig: string[] = [];
    await keten
      .until(
        async () => {
          bezig = await nogBezig(keten, jsm);
          rustig = bezig.length === 0 ? rustig + 1 : 0;
          return rustig >= 2 ? true : undefined;
        },
        'the outboxes and the consumers to settle',
        timeoutMs,
      )
      .catch((err: Error) => {
        throw new Error(`${err.message}; still busy: ${bezig.join(', ')}`);
      });
    return await doodeBrieven(jsm, `${keten.run.env.NATS_STREAM}_DLQ`);
  } finally {
    await nc.close();
  }
}

async function nogBezig(keten: Keten, jsm: JetStreamManager): Promise<string[]> {
  const bezig: string[] = [];
  for (const service of SERVICE_NAMES) {
    const [{ n }] = await keten.sql<{ n: number }>(
      service,
      'SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL',
    );
    if (n > 0) bezig.push(`${service} outbox ${n}`);
  }
  // Durable consumers only: the services'. A test's own ordered reader (readStream) is ephemeral and never acks.
  for (const c of await jsm.consumers.list(keten.run.env.NATS_STREAM!).next())
    if (c.config.durable_name && c.num_pending + c.num_ack_pending > 0)
      bezig.push(`${c.name} ${c.num_pending}+${c.num_ack_pending}`);
  return bezig;
}

async function doodeBrieven(jsm: JetStreamManager, stream: string): Promise<string[]> {
  const info = await jsm.streams.info(stream).catch(() => undefined);
  if (!info || info.state.messages === 0) return [];
  const brieven: string[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
    if (m) brieven.push(`${m.subject}: ${new TextDecoder().decode(m.data)}`);
  }
  return brieven;
}

/** Waits until each of `services` has applied at least `n` events whose subject contains `event` (its inbox). */
export async function toegepastDoor(
  keten: Keten,
  services: readonly ServiceName[],
  event: string,
  n = 1,
): Promise<void> {
  for (const service of services)
    await keten.until(async () => {
      const rijen = await keten.sql(service, 'SELECT 1 FROM inbox WHERE subject LIKE $1', [`%${event}%`]);
      return rijen.length >= n ? true : undefined;
    }, `${service} to apply ${event} (${n})`);
}
