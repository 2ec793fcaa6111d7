import type { JetStreamManager } from '@nats-io/jetstream';
import { isMessageNotFound } from '@nats-io/jetstream/internal';
import type { Holds } from './acknowledged-tail';

/** How many messages are looked up at once: a repair checks every row it sent around a disturbance. */
const LOOKUPS_AT_ONCE = 32;

/**
 * Whether `stream` holds, at a sequence, the message published under a message id, asked of the stream's leader:
 * false when it holds another or none there; undefined when NATS does not answer. Below `firstSeq` (the stream's
 * first sequence when asked) a message was removed on purpose (its max age), not lost, so it counts as held.
 */
export function streamHolds(jsm: JetStreamManager, stream: string, firstSeq: number): Holds {
  return async (seq, msgId) =>
    seq < firstSeq ||
    jsm.streams.getMessage(stream, { seq }).then(
      (msg) => msg?.header?.get('Nats-Msg-Id') === msgId,
      (err) => (isMessageNotFound(err) ? false : undefined),
    );
}

/**
 * Of `sent` (each with where the stream acknowledged it, or null when that was not kept), those the stream no
 * longer holds there (`lost`; without a sequence, counted so) and those NATS did not answer for (`unknown`: all the
 * rest once it answered for none of a chunk). Meant for events sent minutes ago, far within the stream's max age:
 * one below its first sequence was purged, so lost.
 */
export async function notHeld<T extends { msgId: string; streamSeq: number | null }>(
  jsm: JetStreamManager,
  stream: string,
  sent: T[],
): Promise<{ lost: T[]; unknown: T[] }> {
  const holds = streamHolds(jsm, stream, 0);
  const lost: T[] = [];
  const unknown: T[] = [];
  for (let i = 0; i < sent.length; i += LOOKUPS_AT_ONCE) {
    const chunk = sent.slice(i, i + LOOKUPS_AT_ONCE);
    const held = await Promise.all(chunk.map(async (s) => s.streamSeq !== null && holds(s.streamSeq, s.msgId)));
    chunk.forEach((s, k) => {
      if (held[k] === false) lost.push(s);
      else if (held[k] === undefined) unknown.push(s);
    });
    // NATS answered for none of them: it is away, and asking on would wait out a timeout per chunk.
    if (held.every((h) => h === undefined)) {
      unknown.push(...sent.slice(i + LOOKUPS_AT_ONCE));
      break;
    }
  }
  return { lost, unknown };
}
