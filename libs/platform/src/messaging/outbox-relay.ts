import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JetStreamClient } from '@nats-io/jetstream';
import { PinoLogger } from 'nestjs-pino';
import { PlatformConfig } from '../config/platform-config';
import { NatsClient } from './nats-client';
import { isDatabaseUnavailable } from '../persistence/unavailable';
import { queryPrepared } from '../persistence/prepared-statement';
import { NatsDisturbances } from './nats-disturbances';
import { runOutsideContext } from '../context/request-context';
import { EventNaming } from './event-naming';
import { notHeld } from './stream-holdings';

export const CORRELATION_HEADER = 'Wiz-Correlation-Id';
const BATCH_SIZE = 200;
const PUBLISH_TIMEOUT_MS = 5_000;

interface OutboxRow {
  seq: string;
  event_id: string;
  subject: string;
  envelope: unknown;
  correlation_id: string;
  attempts: number;
}

/** Exponential backoff for a row that failed to publish, capped so events flow soon after NATS returns. */
export function outboxBackoffMs(attempts: number, maxMs: number): number {
  return Math.min(maxMs, 200 * 2 ** Math.min(attempts, 20));
}

/**
 * Publishes committed outbox rows to JetStream with Nats-Msg-Id = event id (so a re-publish after a crash is
 * deduplicated by the stream) and marks them sent. Rows are claimed with SKIP LOCKED, so several instances
 * share the work. It wakes when a row written in this process has committed (OutboxWakeups) and polls as a safety
 * net for rows whose writer could not wake it.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly config: PlatformConfig,
    private readonly dataSource: DataSource,
    private readonly nats: NatsClient,
    private readonly disturbances: NatsDisturbances,
    private readonly naming: EventNaming,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext('OutboxRelay');
    disturbances.onSettled((from) => this.publishAgainSentSince(from), { looksAgain: true });
  }

  onApplicationBootstrap(): void {
    // wake() catches and logs a failed drain itself, so nobody needs to await it here.
    this.timer = setInterval(() => void this.wake(), this.config.outbox.pollMs);
    void this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs a drain now, or right after the one in progress. Resolves when the drain it caused has finished. */
  wake(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // The whole chain outside the waker's unit of work: a promise's handlers run in the context they were added in.
    this.running = runOutsideContext(() =>
      this.drain()
        .catch((err) =>
          isDatabaseUnavailable(err)
            ? this.logger.warn('outbox drain: database unavailable; the next poll retries')
            : this.logger.error({ err }, 'outbox drain failed'),
        )
        .finally(() => {
          this.running = undefined;
          if (this.again) {
            this.again = false;
            void this.wake();
          }
        }),
    );
    return this.running;
  }

  /**
   * Publishes now, and waits until every event committed so far about this subject (the envelope's `subject`) is in
   * the stream: a route whose answer promises that others can already tell (a withdrawn consent) answers after it.
   * True when published; false after `timeoutMs` (NATS away: the relay keeps trying, the answer need not wait).
   */
  async publishedFor(subject: string, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.wake();
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL AND envelope->>'subject' = $1`,
        [subject],
      );
      if (row.n === 0) return true;
      if (Date.now() >= deadline || this.stopped) return false;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async backlog(): Promise<number> {
    const [row] = await this.dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
    return row.n;
  }

  private async drain(): Promise<void> {
    const js = this.nats.jetStreamIfConnected();
    if (!js) return;
    while (!this.stopped && (await this.publishBatch(js)) === BATCH_SIZE) {
      // full batch: there may be more
    }
  }

  /**
   * After a NATS disturbance (see NatsDisturbances): of what was sent since `from`, marks unsent what the stream no
   * longer holds where it acknowledged it, so the next drains publish it again in its order. Only those: the stream
   * deduplicates by Nats-Msg-Id for its duplicate window only, and a disturbance whose signs go on for long
   * (leaders changing for a minute after a heal) is repaired from further back than that; published again in full,
   * what it still held was stored twice (the partition test). Throws when NATS cannot tell, so the repair is
   * tried again once it has settled. Resolves to how many it marked.
   */
  private async publishAgainSentSince(from: Date): Promise<number> {
    const sent = (
      await this.dataSource.query<{ seq: string; event_id: string; stream_seq: string | null }[]>(
        'SELECT seq, event_id, stream_seq FROM outbox WHERE sent_at >= $1',
        [from],
      )
    ).map((r) => ({ seq: r.seq, msgId: r.event_id, streamSeq: r.stream_seq === null ? null : Number(r.stream_seq) }));
    const { lost, unknown } = await notHeld(await this.nats.manager(), this.naming.stream, sent);
    // What was found lost goes again now, also when NATS did not answer for the rest. A row another instance's relay
    // has published again meanwhile has a new sequence and is left alone: marked again, it would go a third time.
    const [, count] = await this.dataSource.query<[unknown, number]>(
      `UPDATE outbox SET sent_at = NULL, stream_seq = NULL, available_at = now()
         FROM unnest($1::bigint[], $2::bigint[]) AS checked(seq, stream_seq)
        WHERE outbox.seq = checked.seq AND outbox.stream_seq IS NOT DISTINCT FROM checked.stream_seq
          AND outbox.sent_at >= $3`,
      [lost.map((r) => r.seq), lost.map((r) => r.streamSeq), from],
    );
    this.logger.warn(
      { checked: sent.length, count, unknown: unknown.length, from: from.toISOString() },
      'NATS settled after a disturbance: publishing again what the stream lost of what was sent around it',
    );
    if (count > 0) void this.wake();
    if (unknown.length) throw new Error(`NATS did not say whether the stream holds ${unknown.length} events sent`);
    return count;
  }

  private async publishBatch(js: JetStreamClient): Promise<number> {
    // Before the transaction: its rows' sent_at (its start) is no earlier, so a repair from here covers them.
    const claimedAt = Date.now();
    return this.dataSource.transaction(async (m) => {
      const rows: OutboxRow[] = await queryPrepared(
        m,
        `SELECT seq, event_id, subject, envelope, correlation_id, attempts FROM outbox
          WHERE sent_at IS NULL AND available_at <= now() ORDER BY seq LIMIT ${BATCH_SIZE} FOR UPDATE SKIP LOCKED`,
        [],
      );
      if (rows.length === 0) return 0;
      // Publishes go out in order on one connection; awaiting the acks together keeps the batch fast.
      const results = await Promise.allSettled(
        rows.map((r) => {
          const h = natsHeaders();
          h.set(CORRELATION_HEADER, r.correlation_id);
          return js.publish(r.subject, JSON.stringify(r.envelope), {
            msgID: r.event_id,
            headers: h,
            timeout: PUBLISH_TIMEOUT_MS,
          });
        }),
      );
      // Each sent row with where the stream holds it (a duplicate's ack names the copy stored first).
      const sent = rows.flatMap((row, i) => {
        const result = results[i];
        return result.status === 'fulfilled' ? [{ seq: row.seq, streamSeq: result.value.seq }] : [];
      });
      const failed = rows.flatMap((row, i) => {
        const result = results[i];
        return result.status === 'rejected' ? [{ row, error: String(result.reason?.message ?? result.reason) }] : [];
      });
      if (failed.length) this.disturbances.publishFailed();
      this.disturbances.acknowledged(
        claimedAt,
        results.flatMap((r, i) => (r.status === 'fulfilled' ? [{ ...r.value, msgId: rows[i].event_id }] : [])),
      );
      if (sent.length) this.nats.publishAnswered();
      else if (results.some((r) => r.status === 'rejected' && r.reason?.name === 'JetStreamNotEnabled')) {
        this.nats.publishUnanswered();
      }
      if (sent.length)
        await queryPrepared(
          m,
          `UPDATE outbox SET sent_at = now(), stream_seq = acked.stream_seq
             FROM unnest($1::bigint[], $2::bigint[]) AS acked(seq, stream_seq) WHERE outbox.seq = acked.seq`,
          [sent.map((r) => r.seq), sent.map((r) => r.streamSeq)],
        );
      for (const { row, error } of failed) {
        const delay = outboxBackoffMs(row.attempts, this.config.outbox.maxBackoffMs);
        await m.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $2, available_at = now() + ($3 || ' milliseconds')::interval WHERE seq = $1`,
          [row.seq, error, String(delay)],
        );
      }
      // The first error says why (a timeout, no responders, a permission); the outbox keeps each row's own.
      if (failed.length)
        this.logger.warn(
          { failed: failed.length, error: failed[0].error },
          'outbox publish failed; will retry with backoff',
        );
      return failed.length ? 0 : rows.length;
    });
  }
}
