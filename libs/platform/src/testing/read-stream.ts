import { jetstream, jetstreamManager, JsMsg, StoredMsg } from '@nats-io/jetstream';
import { eventually } from './eventually';
import type { NatsConnection } from '@nats-io/transport-node';

/** How long the replicas may take to show every message the stream's leader holds before the read gives up. */
const CATCH_UP_MS = 60_000;
/** How many sequences `readLeader` asks the leader for at once. */
const LEADER_READS_AT_ONCE = 50;

/**
 * Every message on one subject (wildcards allowed) of a stream so far, in order (ordered consumers; nothing is
 * acknowledged).
 *
 * What "so far" holds is the stream leader's message count and last sequence when the read starts, and the read
 * takes every message up to there, of every subject, keeping those on `subject`. Not the leader's count of the
 * subject alone: nats-server 2.9 keeps that per-subject state apart from the messages, and a fault test once found
 * 231 of 1,000 messages that way after a restart of a killed server, while the consumers had read all of them.
 *
 * An ordered consumer is placed on any of the stream's replicas and reads that replica's copy, which after a
 * partition can lag the leader or, with nats-server 2.9, miss a few messages in the middle for a while: counted
 * there, messages the stream holds looked lost (a CI run: 238 of 240). So whenever a consumer has nothing more,
 * another one reads from the start (NATS may place it elsewhere), and the messages of all of them count, by
 * sequence, until the leader's count is reached, for at most a minute.
 */
export async function readStream(nc: NatsConnection, stream: string, subject: string): Promise<JsMsg[]> {
  const { state } = await (await jetstreamManager(nc)).streams.info(stream);
  const found = new Map<number, JsMsg>();
  const servedBy: string[] = [];
  const deadline = Date.now() + CATCH_UP_MS;
  while (found.size < state.messages) {
    if (servedBy.length > 0 && Date.now() > deadline)
      throw new Error(
        `read ${found.size} of the ${state.messages} messages the stream's leader holds, from consumers on ${servedBy.join(', ')}`,
      );
    // A pause before reading again, so a replica still catching up is not read from the start in a tight loop.
    if (servedBy.length > 0) await new Promise((resolve) => setTimeout(resolve, 1_000));
    const consumer = await jetstream(nc).consumers.get(stream);
    try {
      servedBy.push((await consumer.info()).cluster?.leader ?? 'the only server');
      // This consumer is done at the leader's last sequence, or when its replica has nothing more.
      for (let done = false; !done && found.size < state.messages;) {
        done = true;
        for await (const m of await consumer.fetch({ max_messages: 1_000, expires: 2_000 })) {
          done = m.seq >= state.last_seq;
          if (m.seq <= state.last_seq) found.set(m.seq, m);
          if (done || found.size === state.messages) break;
        }
      }
    } finally {
      await consumer.delete().catch(() => undefined); // else it stays on the server until its inactivity ends
    }
  }
  const onSubject = subjectMatcher(subject);
  return [...found.values()].filter((m) => onSubject(m.subject)).sort((a, b) => a.seq - b.seq);
}

/** Whether a subject falls under `filter`, by NATS's rules: `*` stands for one token, a final `>` for the rest. */
function subjectMatcher(filter: string): (subject: string) => boolean {
  const wanted = filter.split('.');
  return (subject) => {
    const tokens = subject.split('.');
    for (let i = 0; i < wanted.length; i++) {
      if (wanted[i] === '>') return tokens.length > i;
      if (i >= tokens.length || (wanted[i] !== '*' && wanted[i] !== tokens[i])) return false;
    }
    return tokens.length === wanted.length;
  };
}

/**
 * Every message the stream's leader holds, in order, each sequence asked of the leader itself. Not read through a
 * consumer: NATS places one on any replica, and after a partition a replica's copy can lag the leader's or, with
 * nats-server 2.9, differ from it (a CI run read four step changes twice that way, where the leader held another
 * event at one of the two sequences), which counted as doubled or lost what the stream holds once.
 */
export async function readLeader(nc: NatsConnection, stream: string): Promise<StoredMsg[]> {
  const jsm = await jetstreamManager(nc);
  const { state } = await jsm.streams.info(stream);
  const held: StoredMsg[] = [];
  for (let from = state.first_seq; from <= state.last_seq; from += LEADER_READS_AT_ONCE) {
    const seqs = Array.from({ length: Math.min(LEADER_READS_AT_ONCE, state.last_seq - from + 1) }, (_, i) => from + i);
    // null: a sequence the stream no longer holds (deleted), which has nothing to count. A lookup NATS does not
    // answer (a leader election, a replica still settling) is asked again for up to 20 s.
    const messages = await Promise.all(
      seqs.map((seq) => eventually(() => jsm.streams.getMessage(stream, { seq }), 20_000, 500)),
    );
    held.push(...messages.filter((m): m is StoredMsg => m !== null));
  }
  return held;
}
