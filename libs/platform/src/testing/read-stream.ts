import { jetstream, jetstreamManager, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/** How long the replicas may take to show every message the stream's leader holds before the read gives up. */
const CATCH_UP_MS = 60_000;

/**
 * Every message on one subject of a stream so far, in order (ordered consumers; nothing is acknowledged).
 *
 * How many there are is the stream leader's count. An ordered consumer is placed on any of the stream's replicas
 * and reads that replica's copy, which after a partition can lag the leader or, with nats-server 2.9, miss a few
 * messages in the middle for a while: counted there, messages the stream holds looked lost (a CI run: 238 of 240). So
 * whenever a consumer has nothing more, another one reads from the start (NATS may place it elsewhere), and the
 * messages of all of them count, by sequence, until the leader's count is reached, for at most a minute.
 */
export async function readStream(nc: NatsConnection, stream: string, subject: string): Promise<JsMsg[]> {
  const info = await (await jetstreamManager(nc)).streams.info(stream, { subjects_filter: subject });
  const total = Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  const found = new Map<number, JsMsg>();
  const servedBy: string[] = [];
  const deadline = Date.now() + CATCH_UP_MS;
  while (found.size < total) {
    if (servedBy.length > 0 && Date.now() > deadline)
      throw new Error(
        `read ${found.size} of the ${total} messages of ${subject} the stream's leader holds, from consumers on ${servedBy.join(', ')}`,
      );
    const consumer = await jetstream(nc).consumers.get(stream, { filter_subjects: subject });
    servedBy.push((await consumer.info()).cluster?.leader ?? 'the only server');
    for (let delivered = 0; found.size < total;) {
      let got = 0;
      for await (const m of await consumer.fetch({
        max_messages: Math.max(1, Math.min(total - delivered, 1_000)),
        expires: 2_000,
      })) {
        got += 1;
        found.set(m.seq, m);
        if (found.size === total) break;
      }
      delivered += got;
      if (got === 0) break; // this replica has nothing more
    }
  }
  return [...found.values()].sort((a, b) => a.seq - b.seq);
}
