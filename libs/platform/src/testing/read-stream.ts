import { jetstream, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

/** Every message on one subject of a stream so far, in order (an ordered consumer; nothing is acknowledged). */
export async function readStream(nc: NatsConnection, stream: string, subject: string): Promise<JsMsg[]> {
  const consumer = await jetstream(nc).consumers.get(stream, { filter_subjects: subject });
  const total = (await consumer.info()).num_pending;
  const found: JsMsg[] = [];
  while (found.length < total) {
    const before = found.length;
    for await (const m of await consumer.fetch({
      max_messages: Math.min(total - found.length, 1_000),
      expires: 5_000,
    })) {
      found.push(m);
      if (found.length === total) break;
    }
    if (found.length === before)
      throw new Error(`read ${found.length} of ${total} messages of ${subject}, then nothing more came`);
  }
  return found;
}
