import { randomUUID } from 'node:crypto';
import { AckPolicy, DeliverPolicy, JetStreamManager, JsMsg, ConsumerMessages } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import type { DataSource, EntityManager } from 'typeorm';
import type { PinoLogger } from 'nestjs-pino';
import { EventDefinition, EventEnvelope, EventEnvelopeSchema, parseReceivedEventData } from '@wiz/contracts';
import { runAsEvent, runInContext } from '../context/request-context';
import type { PlatformConfig } from '../config/platform-config';
import type { EventNaming } from './event-naming';
import type { NatsClient } from './nats-client';
import type { DeadLetters } from './dead-letters';
import { CORRELATION_HEADER } from './outbox-relay';
import { isNotFound, whileClusterSettles } from './stream-setup';
import { isDatabaseUnavailable, isLockTimeout, isTransientConflict } from '../persistence/unavailable';
import { KeyedBatches } from './keyed-batches';
import {
  applyBatchInOneTransaction,
  applyEachAsOneStatement,
  applyInOneTransaction,
  EventOutcome,
} from './event-batch-transaction';
import type { CombinedWrite } from '../persistence/combined-write';
import type { LeaderView } from './nats-disturbances';
import type { EventLog } from '../observability/logger-options';

export type EventHandlerFn = (event: EventEnvelope<any>, manager: EntityManager) => Promise<void>;
/** A handler of a whole batch (OnEventBatch): per event undefined when applied, or the Error why not. */
export type EventBatchHandlerFn = (
  events: EventEnvelope<any>[],
  manager: EntityManager,
) => Promise<(Error | undefined)[]>;
/** A handler whose writes fit one statement (OnEventWrite): adds them to `write`, each after the part `marked`. */
export type EventWriteHandlerFn = (event: EventEnvelope<any>, write: CombinedWrite, marked: string) => void;
/**
 * An event type's handler: one event at a time (OnEvent), the whole batch at once (OnEventBatch), or one event at a
 * time as one statement (OnEventWrite).
 */
export type ConsumerHandler =
  { each: EventHandlerFn } | { batch: EventBatchHandlerFn } | { write: EventWriteHandlerFn };

export interface ConsumerDeps {
  config: PlatformConfig;
  naming: EventNaming;
  nats: NatsClient;
  dataSource: DataSource;
  deadLetters: DeadLetters;
  logger: PinoLogger;
  eventLog: EventLog;
  onProcessed?: (outcome: 'applied' | 'duplicate' | 'failed' | 'dead-lettered') => void;
}

/** A message's body, parsed once: the JSON value, or the reason it is not JSON (the event is then refused). */
type Body = { json: unknown } | { notJson: string };

function bodyOf(msg: JsMsg): Body {
  try {
    return { json: msg.json() };
  } catch (err) {
    return { notJson: (err as Error).message };
  }
}

function field(body: Body, name: string): unknown {
  return 'json' in body && body.json && typeof body.json === 'object'
    ? (body.json as Record<string, unknown>)[name]
    : undefined;
}

/** The envelope id as sent, even when the rest of the event is invalid, so a dead letter names the event. */
function rawEventId(body: Body): string | undefined {
  const id = field(body, 'id');
  return typeof id === 'string' && id.length <= 100 ? id : undefined;
}

/** A message as delivered, with its body parsed once. */
interface Delivery {
  msg: JsMsg;
  body: Body;
}

/** A delivery that passed the checks: its event, to be applied. */
interface DueEvent {
  msg: JsMsg;
  envelope: EventEnvelope;
  /** The id named in logs and dead letters. */
  eventId: string;
  correlationId?: string;
}

/** How long a rewind waits for another instance's rewind of the same durable before it fails (and is tried again). */
const REWIND_LOCK_WAIT = '30s';
/** How often a start tries to ensure its durable against a held lock or an absent database (about 5 minutes). */
const START_ATTEMPTS = 10;

/** After the client ended a pull loop itself: the first wait before pulling again, doubled per failure up to the max. */
const PULL_AGAIN_FIRST_MS = 1_000;
const PULL_AGAIN_MAX_MS = 30_000;

/** Events with one envelope subject (an inwoner, a traject) are applied in order; events without one, in one lane. */
function orderKey(body: Body): string {
  const subject = field(body, 'subject');
  return typeof subject === 'string' ? subject : '';
}

/** Why a delivery is not retried: the event itself is wrong, so another try gives the same answer. */
class PermanentFailure extends Error {}

/**
 * Thrown by a handler when the event builds on an earlier one that has not been applied here yet (a step of a
 * traject not known here). Not the event's fault: it is retried, without its delivery limit counting, until
 * EVENT_EARLIER_EVENT_WAIT_MS after it was published. Events of different types and instances overtake each other,
 * and a network partition can hold the earlier one up for as long as it lasts plus a client's failover: the delivery
 * limit alone (seconds) dead-lettered good step changes when a NATS node was cut off (the partition test).
 */
export class EarlierEventMissing extends Error {}

/**
 * One durable pull consumer for one event type, shared by every instance of the service. Events are applied in
 * batches of up to EVENT_BATCH_SIZE with distinct envelope subjects, up to EVENT_CONCURRENCY batches at once, in
 * order per subject (see KeyedBatches). A batch runs in one transaction, each event with its inbox mark (consumer,
 * event id) inside its own savepoint (see applyInOneTransaction): a redelivered event is recognised and acked
 * without a second effect, and a failing event is rolled back alone while the others commit and are acked. A
 * failing handler is retried with a delay; after EVENT_MAX_DELIVERIES the event goes to the dead-letter stream and
 * the consumer goes on. The database being away is not the events' fault: the consumer holds them and waits for
 * the database, so a PostgreSQL restart spends no delivery and dead-letters nothing.
 * Nor is an earlier event that has not arrived yet (EarlierEventMissing): that one is retried for longer.
 */
export class EventConsumer {
  readonly durable: string;
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  /** The rewind under way, until it ends. */
  private rewinding?: Promise<void>;
  /** Whether a pull loop runs (the client can end one itself). */
  private pulling = false;
  private starting: Promise<void> = Promise.resolve();
  private pullAgainTimer?: NodeJS.Timeout;
  /** The wait before pulling again after the client ended a loop: doubled while loops end before delivering. */
  private pullAgainMs = PULL_AGAIN_FIRST_MS;
  /** The start of a rewind of ours that deleted the durable and could not make it again. */
  private unfinishedStart?: Date;
  private stopped = false;
  private readonly batches: KeyedBatches<Delivery>;

  constructor(
    readonly definition: EventDefinition,
    private readonly handler: ConsumerHandler,
    private readonly deps: ConsumerDeps,
  ) {
    this.durable = deps.naming.durableName(definition.type);
    const { concurrency, batchSize, batchLingerMs } = deps.config.nats;
    this.batches = new KeyedBatches((deliveries) => this.processBatch(deliveries), {
      concurrency,
      batchSize,
      lingerMs: batchLingerMs,
    });
  }

  async start(): Promise<void> {
    const jsm = await this.deps.nats.manager();
    // A missing durable is made under the rewind lock, which another instance's rewind can hold longer than one wait
    // (its pulling again waits while NATS settles); the database can be away for a moment too.
    for (let attempt = 1; ; attempt++) {
      try {
        await whileClusterSettles(() => this.ensureConsumer(jsm));
        break;
      } catch (err) {
        if (attempt >= START_ATTEMPTS || !(isLockTimeout(err) || isDatabaseUnavailable(err))) throw err;
        this.deps.logger.warn({ err, consumer: this.durable, attempt }, 'durable not ensured yet; trying again');
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    await this.consume();
  }

  /** Starts pulling, one start at a time: a pull again after the client ended a loop may meet a rewind's. */
  private consume(): Promise<void> {
    const start = this.starting.catch(() => undefined).then(() => this.startPulling());
    this.starting = start;
    return start;
  }

  private async startPulling(): Promise<void> {
    const consumer = await whileClusterSettles(() =>
      this.deps.nats.jetStream().consumers.get(this.deps.naming.stream, this.durable),
    );
    if (this.stopped) return;
    if (this.pulling) await this.stopPulling(); // one loop at a time
    // Short pulls (and so heartbeats every 2.5 s): when a NATS node dies, the pull requests it held die with it
    // unseen; the client notices only after two missed heartbeats. With the default 30 s pulls that is a stall of
    // ~30 s in a cluster (the cluster test saw it); now it is ~5 s, for one small request per 5 s when idle.
    const messages = await consumer.consume({ max_messages: 100, expires: 5_000 });
    if (this.stopped) {
      await messages.close().catch(() => undefined); // stop() came while this start waited
      return;
    }
    this.messages = messages;
    this.pulling = true;
    const startedAt = Date.now();
    this.loop = (async () => {
      try {
        for await (const msg of messages) {
          this.pullAgainMs = PULL_AGAIN_FIRST_MS; // this loop pulls
          const body = bodyOf(msg);
          await this.batches.add(orderKey(body), { msg, body });
          if (this.stopped) break;
        }
      } finally {
        // Still pulling as far as this consumer knows: the client ended the loop (a permission or protocol error,
        // its connection closed), not stopPulling.
        const endedByClient = this.messages === messages && this.pulling && !this.stopped;
        if (this.messages === messages) this.pulling = false;
        if (Date.now() - startedAt >= PULL_AGAIN_MAX_MS) this.pullAgainMs = PULL_AGAIN_FIRST_MS; // it pulled a while
        await this.batches.idle();
        if (endedByClient && !this.stopped) this.pullAgainLater();
      }
    })().catch((err) => this.deps.logger.error({ err, consumer: this.durable }, 'consumer loop ended'));
  }

  /**
   * Pulls again after the client ended a loop by itself: without it that event type stopped here until the next
   * repair after a NATS disturbance. A rewind under way pulls again itself; a failed try waits longer.
   */
  private pullAgainLater(): void {
    const delayMs = this.pullAgainMs;
    // A loop that ends again before it delivers anything (an error that persists) waits longer each time.
    this.pullAgainMs = Math.min(delayMs * 2, PULL_AGAIN_MAX_MS);
    this.deps.logger.warn({ consumer: this.durable, delayMs }, 'consumer loop ended by the client; pulling again');
    clearTimeout(this.pullAgainTimer);
    this.pullAgainTimer = setTimeout(() => {
      if (this.stopped || this.pulling || this.rewinding) return;
      this.consume().catch((err) => {
        if (this.stopped) return;
        this.deps.logger.warn({ err, consumer: this.durable }, 'pulling again failed');
        this.pullAgainLater();
      });
    }, delayMs).unref();
  }

  /** Stops pulling and waits for the messages in hand. */
  private async stopPulling(): Promise<void> {
    this.pulling = false;
    await this.messages?.close().catch(() => undefined);
    await this.loop;
  }

  /**
   * After a NATS disturbance (see NatsDisturbances): the durable is made again to deliver everything published since
   * `from`. A consumer that skipped messages around a leader change reports nothing pending and never delivers them;
   * delivered again, the inbox recognises what was applied and only the skipped events take effect, in stream order.
   * Every instance may do this, one at a time; the last one's durable stands and the others' pulls move to it.
   */
  rewind(from: Date): Promise<void> {
    // While it runs the timer does not pull again: the rewind pulls again itself.
    const rewinding = this.rewindOnce(from).finally(() => {
      if (this.rewinding === rewinding) this.rewinding = undefined;
    });
    this.rewinding = rewinding;
    return rewinding;
  }

  private async rewindOnce(from: Date): Promise<void> {
    if (this.stopped) return;
    // A start of pulling in flight (the timer's) ends first: the rewind's stop then stops what it started.
    await this.starting.catch(() => undefined);
    const jsm = await this.deps.nats.manager();
    let failed = false;
    try {
      // NATS must answer for the durable before its events stop flowing here: one it cannot serve (its group stalled
      // after a heal, for a minute and more in the partition test) is left consuming as it is. The messages in hand
      // are applied before the lock is taken (their transactions need connections of the pool).
      await this.durableInfo(jsm);
      await this.stopPulling();
      // One instance at a time: between another's delete and add the durable is missing, and a rewind that read it
      // then would make it again from its own later start, dropping what the other's held unacknowledged.
      await this.whileNoOtherRewinds(async () => {
        // A rewind of ours that deleted the durable and could not make it again started earlier: kept until made.
        if (this.unfinishedStart && this.unfinishedStart < from) from = this.unfinishedStart;
        from = await this.unacknowledgedSince(jsm, from);
        this.unfinishedStart = from;
        await jsm.consumers.delete(this.deps.naming.stream, this.durable).catch((err) => {
          if (!isNotFound(err)) throw err;
        });
        await jsm.consumers.add(this.deps.naming.stream, {
          ...this.consumerConfig(),
          deliver_policy: DeliverPolicy.StartTime,
          opt_start_time: from.toISOString(),
        });
        this.unfinishedStart = undefined;
        // Under the lock: the next instance's delete comes after this one found the durable (its pulls then move to
        // the one made again).
        if (!this.stopped) await this.consume();
      });
      this.deps.logger.warn(
        { consumer: this.durable, from: from.toISOString() },
        'NATS settled after a disturbance: delivering again what was published since (the inbox skips what was applied)',
      );
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      // Also after a rewind that failed (or a loop the client ended): consuming again on the durable as it stands.
      // When that fails too (the durable deleted and not made again, NATS not answering), the rewind fails, so the
      // repair is tried again and makes it; a failure of the rewind itself is the one reported.
      if (!this.pulling && !this.stopped)
        await this.consume().catch((err) => {
          if (!failed) throw err;
          this.deps.logger.warn({ err, consumer: this.durable }, 'consuming again after a failed rewind failed too');
        });
    }
  }

  /**
   * Runs `work` while no other instance of the service rewinds this durable (its instances share the database: a
   * PostgreSQL advisory lock for the transaction). The wait is bounded: an instance that hangs holding the lock must
   * not hold this one's repair, start or shutdown for good.
   */
  private whileNoOtherRewinds(work: () => Promise<void>): Promise<void> {
    return this.deps.dataSource.transaction(async (m) => {
      await m.query(`SET LOCAL lock_timeout = '${REWIND_LOCK_WAIT}'`);
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rewind ${this.durable}`]);
      await work();
    });
  }

  /** The durable as NATS describes it; undefined when it does not exist. Throws when NATS does not answer. */
  private durableInfo(jsm: JetStreamManager) {
    return jsm.consumers.info(this.deps.naming.stream, this.durable).catch((err) => {
      if (isNotFound(err)) return undefined;
      throw err;
    });
  }

  /**
   * `from`, or the time of the first message after the durable's ack floor when that is earlier: what the durable
   * holds unacknowledged (not delivered yet, naked for a retry, in another instance's hands) must come again from the
   * durable made anew. Made from `from` alone it never would, and would report nothing pending: the likely cause of
   * the partition test's "0 pending, yet aanmeldingen without a traject" when a repair (a second disturbance, a probe
   * that failed during another instance's rewind) starts after events still queued in the durable. What a durable
   * skipped it does not count as unacknowledged, so `from` stays the start for that. Throws when NATS does not
   * answer: from `from` alone the backlog would be dropped.
   */
  private async unacknowledgedSince(jsm: JetStreamManager, from: Date): Promise<Date> {
    const info = await this.durableInfo(jsm);
    if (!info || info.num_pending + info.num_ack_pending === 0) return from;
    // null: no message there (a gap in the stream); `from` stays the start.
    const first = await jsm.streams.getMessage(this.deps.naming.stream, { seq: info.ack_floor.stream_seq + 1 });
    return first && first.time < from ? first.time : from;
  }

  /**
   * The NATS server that leads this durable consumer (its own replicated state), and when the durable was made; or
   * that the durable is missing.
   */
  async leader(): Promise<LeaderView> {
    if (!this.deps.nats.isConnected()) return {};
    const info = await this.durableInfo(await this.deps.nats.manager());
    return info ? { leader: info.cluster?.leader, incarnation: info.created } : { missing: true };
  }

  /** Stops fetching and waits for the messages in hand, so shutdown never abandons a half-applied event. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pullAgainTimer);
    // A rewind under way finishes first: it would otherwise consume again after this returned.
    await this.rewinding?.catch(() => undefined);
    await this.stopPulling();
  }

  async pending(): Promise<number> {
    const jsm = await this.deps.nats.manager();
    const info = await jsm.consumers.info(this.deps.naming.stream, this.durable);
    return info.num_pending + info.num_ack_pending;
  }

  private consumerConfig() {
    const { nats } = this.deps.config;
    return {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.deps.naming.subjectOf(this.definition.type),
      ack_wait: nanos(nats.ackWaitMs),
      // No limit on the server: ours decides (process, fail), and an event waiting for an earlier one may need
      // more deliveries than EVENT_MAX_DELIVERIES; a crash between dead-lettering and term still gets one more
      // delivery, which then goes straight to the dead-letter stream.
      max_deliver: -1,
      max_ack_pending: 1_000,
    };
  }

  private async ensureConsumer(jsm: JetStreamManager): Promise<void> {
    const config = this.consumerConfig();
    try {
      await jsm.consumers.info(this.deps.naming.stream, this.durable);
      await jsm.consumers.update(this.deps.naming.stream, this.durable, {
        ack_wait: config.ack_wait,
        max_deliver: config.max_deliver,
        max_ack_pending: config.max_ack_pending,
      });
    } catch (err) {
      if (!isNotFound(err)) throw err;
      // Missing: never made, or deleted by another instance's rewind that is about to make it again. Made here
      // meanwhile, it would start at the stream's first event (all of it delivered again) and the rewind's own add
      // would fail; so after any rewind under way, and only if still missing.
      await this.whileNoOtherRewinds(async () => {
        if (!(await this.durableInfo(jsm))) await jsm.consumers.add(this.deps.naming.stream, config);
      });
    }
  }

  private async processBatch(deliveries: Delivery[]): Promise<void> {
    const due: DueEvent[] = [];
    for (const delivery of deliveries) {
      const event = await this.check(delivery);
      if (event) due.push(event);
    }
    // A batch's events have distinct subjects, so their order within it is free. In subject order, two batches (of
    // two consumers, or two instances) whose handlers lock rows keyed by the subject, as werkgevers' projection locks
    // a traject's row for each of its events, take those locks in one order and cannot deadlock on them.
    const subject = (e: DueEvent) => e.envelope.subject ?? '';
    due.sort((a, b) => (subject(a) < subject(b) ? -1 : subject(a) > subject(b) ? 1 : 0));
    if (due.length > 0) await this.applyAndSettle(due);
  }

  /** The delivery's event when it is to be applied; otherwise the delivery is settled here (term or fail). */
  private async check({ msg, body }: Delivery): Promise<DueEvent | undefined> {
    if (msg.subject !== this.deps.naming.subjectOf(this.definition.type)) {
      // Seen in the partition test (nats-server 2.9, a follower node cut off and healed): this filtered consumer
      // was handed a message of another subject. The stream holds that message under its own subject, where its own
      // consumer applies it; here it is neither ours to apply nor a dead letter.
      this.deps.logger.warn(
        { consumer: this.durable, subject: msg.subject, streamSequence: msg.info.streamSequence },
        "message outside this consumer's filter; not applied here",
      );
      msg.term();
      return undefined;
    }
    const correlationId = msg.headers?.get(CORRELATION_HEADER) || undefined;
    const eventId = rawEventId(body) ?? `seq-${msg.info.streamSequence}`;
    try {
      const envelope = this.decode(body);
      if (msg.info.deliveryCount > this.deps.config.nats.maxDeliveries && !this.mayWaitForEarlierEvent(msg)) {
        throw new PermanentFailure(`delivered ${msg.info.deliveryCount} times`);
      }
      return { msg, envelope, eventId, correlationId };
    } catch (err) {
      await this.fail(msg, eventId, err as Error, correlationId);
      return undefined;
    }
  }

  /** Applies the events in one transaction, then acks each applied or known one and fails each failed one. */
  private async applyAndSettle(events: DueEvent[]): Promise<void> {
    let outcomes: EventOutcome[];
    try {
      outcomes = await this.applyOnceDatabaseIsBack(events);
    } catch (err) {
      // The batch failed as a whole (its commit, say: a deferred check or a deadlock) for a reason that may be one
      // event's: each is applied on its own, as without batching, so only that event is retried.
      if (events.length > 1 && !isDatabaseUnavailable(err)) {
        for (const event of events) await this.applyAndSettle([event]);
        return;
      }
      outcomes = events.map(() => err as Error);
    }
    for (const [i, event] of events.entries()) {
      const outcome = outcomes[i];
      if (outcome instanceof Error) continue;
      event.msg.ack();
      this.deps.onProcessed?.(outcome);
    }
    for (const [i, event] of events.entries()) {
      const outcome = outcomes[i];
      if (outcome instanceof Error) await this.fail(event.msg, event.eventId, outcome, event.correlationId);
    }
  }

  /**
   * Applies a dead-lettered event (its envelope as stored) in this service, validated as on delivery: a letter
   * kept from before a compatible change replays in a consumer built after it, and the other way round.
   */
  async applyDeadLetter(json: unknown): Promise<void> {
    const envelope = this.decode({ json });
    await runInContext({ correlationId: envelope.correlationid }, () => this.applyInTransaction([envelope]));
  }

  /** Read tolerantly (parseReceivedEventData): fields added by a newer producer are dropped, not dead-lettered. */
  private decode(body: Body): EventEnvelope {
    try {
      if ('notJson' in body) throw new Error(body.notJson);
      const envelope = EventEnvelopeSchema.parse(body.json) as EventEnvelope;
      if (envelope.type !== this.definition.type)
        throw new Error(`expected ${this.definition.type}, got ${envelope.type}`);
      return { ...envelope, data: parseReceivedEventData(this.definition, envelope.data) };
    } catch (err) {
      throw new PermanentFailure(`invalid event: ${(err as Error).message}`);
    }
  }

  /**
   * Retries while the database is unreachable, and a single event whose transaction collided with a concurrent one
   * (a deadlock, a serialization failure) as often as it takes, telling JetStream the events are still in hand (no
   * redelivery, so no delivery attempt spent: a collision is never a reason to dead-letter). A batch of several that
   * collided is applied again one event at a time by the caller, each holding fewer locks at once.
   */
  private async applyOnceDatabaseIsBack(events: DueEvent[]): Promise<EventOutcome[]> {
    const maxPauseMs = Math.min(5_000, this.deps.config.nats.ackWaitMs / 3);
    const envelopes = events.map((e) => e.envelope);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.applyInTransaction(envelopes);
      } catch (err) {
        const conflict = events.length === 1 && isTransientConflict(err);
        if (this.stopped || !(conflict || isDatabaseUnavailable(err))) throw err;
        if (attempt === 1)
          this.deps.logger.warn(
            { consumer: this.durable, eventIds: envelopes.map((e) => e.id), ...(conflict && { err }) },
            conflict
              ? 'transaction collided with a concurrent one; applying the event again after a pause'
              : 'database unavailable; holding the events until it is back',
          );
        for (const event of events) event.msg.working();
        // After a collision the pause varies, so that the two transactions do not meet again in step.
        const pauseMs = Math.min(maxPauseMs, 100 * 2 ** attempt) * (conflict ? 0.5 + Math.random() / 2 : 1);
        await new Promise((r) => setTimeout(r, pauseMs));
        for (const event of events) event.msg.working();
      }
    }
  }

  private applyInTransaction(envelopes: EventEnvelope[]): Promise<EventOutcome[]> {
    const { dataSource } = this.deps;
    const handler = this.handler;
    if ('write' in handler)
      return applyEachAsOneStatement(this.durable, envelopes, (e, write, marked) =>
        this.applyAsStatement(handler.write, e, write, marked),
      );
    return 'batch' in handler
      ? applyBatchInOneTransaction(dataSource, this.durable, envelopes, (es, m) => this.applyAll(handler.batch, es, m))
      : applyInOneTransaction(dataSource, this.durable, envelopes, (e, m) => this.applyOne(handler.each, e, m));
  }

  /** Runs an OnEventWrite handler and its statement in the event's own correlation context. */
  private applyAsStatement(
    handler: EventWriteHandlerFn,
    envelope: EventEnvelope,
    write: CombinedWrite,
    marked: string,
  ): Promise<Record<string, unknown>> {
    return runAsEvent(envelope, undefined, async () => {
      handler(envelope, write, marked);
      const row = await write.run(this.deps.dataSource.manager);
      if (row.applied) this.deps.eventLog.applied(this.durable, envelope);
      return row;
    });
  }

  /**
   * Runs a batch handler with the transaction's manager, in the context of its only event when alone (a batch of
   * several has no one correlation id: each applied event is logged with its own).
   */
  private applyAll(
    handler: EventBatchHandlerFn,
    envelopes: EventEnvelope[],
    manager: EntityManager,
  ): Promise<(Error | undefined)[]> {
    const alone = envelopes.length === 1 ? envelopes[0] : undefined;
    return runInContext(
      { correlationId: alone?.correlationid ?? randomUUID(), entityManager: manager, eventId: alone?.id },
      async () => {
        const results = await handler(envelopes, manager);
        for (const [i, envelope] of envelopes.entries())
          if (!results[i]) this.deps.eventLog.applied(this.durable, envelope);
        return results;
      },
    );
  }

  /** Runs the handler in the event's own correlation context, with the transaction's manager. */
  private applyOne(handler: EventHandlerFn, envelope: EventEnvelope, manager: EntityManager): Promise<void> {
    return runAsEvent(envelope, manager, async () => {
      await handler(envelope, manager);
      this.deps.eventLog.applied(this.durable, envelope);
    });
  }

  /** Whether the event is young enough to go on waiting for the earlier one it builds on. */
  private mayWaitForEarlierEvent(msg: JsMsg): boolean {
    return Date.now() - msg.info.timestampNanos / 1e6 < this.deps.config.nats.earlierEventWaitMs;
  }

  private async fail(msg: JsMsg, eventId: string, err: Error, correlationId?: string): Promise<void> {
    const log = this.deps.logger;
    const { maxDeliveries, retryDelayMs } = this.deps.config.nats;
    const waiting = err instanceof EarlierEventMissing && this.mayWaitForEarlierEvent(msg);
    // Stopping while the database is away or amid a collision: hand the event back, never to the dead-letter stream.
    const lastTry =
      !isDatabaseUnavailable(err) &&
      !isTransientConflict(err) &&
      !waiting &&
      (err instanceof PermanentFailure || msg.info.deliveryCount >= maxDeliveries);
    if (!lastTry) {
      log.warn(
        { err, consumer: this.durable, eventId, deliveries: msg.info.deliveryCount, correlationId },
        'event handler failed; will retry',
      );
      // The delay grows with each delivery, up to what the delivery limit would reach, also while waiting long.
      msg.nak(retryDelayMs * Math.min(msg.info.deliveryCount, maxDeliveries));
      this.deps.onProcessed?.('failed');
      return;
    }
    try {
      await this.deps.deadLetters.add(msg, this.durable, eventId, err.message);
      msg.term(err.message.slice(0, 200));
      log.error(
        { err, consumer: this.durable, eventId, deliveries: msg.info.deliveryCount, correlationId },
        'event dead-lettered',
      );
      this.deps.onProcessed?.('dead-lettered');
    } catch (dlqErr) {
      // Could not store it (NATS trouble): leave it to redelivery, which dead-letters it next time.
      log.error({ err: dlqErr, consumer: this.durable, eventId }, 'dead-lettering failed; will retry');
      msg.nak(this.deps.config.nats.retryDelayMs);
    }
  }
}
