import { DeliverPolicy, jetstream, jetstreamManager, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/** How long a replica that is behind the stream's leader may take to catch up before the read gives up. */
const CATCH_UP_MS = 60_000;

/**
 * Every message on one subject of a stream so far, in order (ordered consumers; nothing is acknowledged).
 *
 * How many there are is the stream leader's count. An ordered consumer is placed on any of the stream's replicas
 * and reads that replica's copy, which after a partition can be hundreds of messages behind the leader: counted
 * there, messages the stream holds would look lost. So the read goes on until it has the leader's count, on a new
 * consumer from the next sequence whenever the current one brings nothing (it may land on a replica that is
 * current), for at most a minute.
 */
export async function readStream(nc: NatsConnection, stream: string, subject: string): Promise<JsMsg[]> {
  const info = await (await jetstreamManager(nc)).streams.info(stream, { subjects_filter: subject });
  const total = Object.values(info.state.subjects ?? {}).reduce((a, b) => a + b, 0);
  const found: JsMsg[] = [];
  const deadline = Date.now() + CATCH_UP_MS;
  while (found.length < total) {
    const next = found.length ? found[found.length - 1].seq + 1 : undefined;
    const consumer = await jetstream(nc).consumers.get(stream, {
      filter_subjects: subject,
      ...(next ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: next } : {}),
    });
    const before = found.length;
    for await (const m of await consumer.fetch({
      max_messages: Math.min(total - found.length, 1_000),
      expires: 5_000,
    })) {
      found.push(m);
      if (found.length === total) break;
    }
    if (found.length === before && Date.now() > deadline)
      throw new Error(
        `read ${found.length} of the ${total} messages of ${subject} the stream's leader holds, then nothing more came`,
      );
  }
  return found;
}
