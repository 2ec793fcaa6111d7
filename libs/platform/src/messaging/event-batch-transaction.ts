import type { DataSource, EntityManager } from 'typeorm';
import type { EventEnvelope } from '@wiz/contracts';
import { isDatabaseUnavailable, isTransientConflict } from '../persistence/unavailable';
import { CombinedWrite } from '../persistence/combined-write';
import { queryPrepared } from '../persistence/prepared-statement';
import { BatchGathering } from './gathered-writes';

/** What became of one event of a batch: applied, recognised by the inbox as applied before, or its handler's error. */
export type EventOutcome = 'applied' | 'duplicate' | Error;

/**
 * Applies events in one transaction, each with its inbox row (consumer, event id), so a batch costs one commit
 * instead of one per event. The inbox rows go in first, in one statement (one round trip instead of one per event;
 * sorted by id, so two instances handed overlapping redeliveries lock them in the same order). Each event then runs
 * inside its own savepoint: a handler that fails is rolled back to it and its inbox row removed, so that event alone
 * is retried while the others commit. A savepoint per event costs one statement; savepoints are named per event and
 * not released, which saves a statement each (a rollback to one discards those after it, and there are none yet).
 * Writes to shared rows that handlers gather (GatheredWrites) are made once, for the applied events, before the
 * commit; when that fails, the batch fails as a whole (the consumer then applies its events one by one).
 *
 * A single event runs as before batching: its transaction is its savepoint, and its handler's error ends it. The
 * database being unavailable, a deadlock or a serialization failure also ends the transaction, whatever the batch:
 * nothing in it is the events' fault.
 */
export function applyInOneTransaction(
  dataSource: DataSource,
  consumer: string,
  envelopes: readonly EventEnvelope[],
  apply: (envelope: EventEnvelope, manager: EntityManager) => Promise<void>,
): Promise<EventOutcome[]> {
  return dataSource.transaction(async (manager) => {
    const fresh = await markInInbox(manager, consumer, envelopes);
    if (envelopes.length === 1) {
      if (fresh.size === 0) return ['duplicate'];
      await apply(envelopes[0], manager);
      return ['applied'];
    }
    const outcomes: EventOutcome[] = [];
    const gathering = BatchGathering.open(manager);
    try {
      for (const [i, envelope] of envelopes.entries()) {
        // A second copy of one event in a batch (the same id published again) is the duplicate of the first.
        if (!fresh.delete(inboxId(envelope))) {
          outcomes.push('duplicate');
          continue;
        }
        await manager.query(`SAVEPOINT event_${i}`);
        try {
          await apply(envelope, manager);
          gathering.eventApplied();
          outcomes.push('applied');
        } catch (err) {
          gathering.eventFailed();
          // A deadlock or serialization failure ends the batch, not just the event: rolled back to its savepoint,
          // the batch would keep the locks of its earlier events and the other batch in the cycle would wait on.
          if (isDatabaseUnavailable(err) || isTransientConflict(err)) throw err;
          await manager.query(`ROLLBACK TO SAVEPOINT event_${i}`);
          await manager.query('DELETE FROM inbox WHERE consumer = $1 AND event_id = $2', [consumer, envelope.id]);
          outcomes.push(err as Error);
        }
      }
    } finally {
      gathering.close();
    }
    await gathering.writeKept();
    return outcomes;
  });
}

/** A handler of a whole batch (OnEventBatch): per event undefined when applied, or the Error why not. */
export type ApplyBatch = (envelopes: EventEnvelope[], manager: EntityManager) => Promise<(Error | undefined)[]>;

/**
 * `applyInOneTransaction` for a handler that takes the batch at once: the inbox rows in one statement as there, then
 * the new events (first copies) in one call of `applyAll`, with no savepoint per event; the inbox rows of the events
 * it did not apply are removed in one statement, so those alone are retried. A single event runs as before batching:
 * its Error ends the transaction. Writes the handler gathers (GatheredWrites) are made once after it returned.
 */
export function applyBatchInOneTransaction(
  dataSource: DataSource,
  consumer: string,
  envelopes: readonly EventEnvelope[],
  applyAll: ApplyBatch,
): Promise<EventOutcome[]> {
  return dataSource.transaction(async (manager) => {
    const fresh = await markInInbox(manager, consumer, envelopes);
    // A second copy of one event in a batch (the same id published again) is the duplicate of the first.
    const due = envelopes.filter((envelope) => fresh.delete(inboxId(envelope)));
    const gathering = due.length > 1 ? BatchGathering.open(manager) : undefined;
    let results: (Error | undefined)[];
    try {
      results = due.length > 0 ? await applyAll(due, manager) : [];
    } finally {
      gathering?.close();
    }
    if (results.length !== due.length) throw new Error(`batch handler answered ${results.length} of ${due.length}`);
    const failed = due.filter((_, i) => results[i]);
    const error = results.find((result) => result !== undefined);
    if (error && envelopes.length === 1) throw error;
    if (failed.length > 0)
      await manager.query('DELETE FROM inbox WHERE consumer = $1 AND event_id = ANY($2::uuid[])', [
        consumer,
        failed.map(inboxId),
      ]);
    gathering?.eventApplied();
    await gathering?.writeKept();
    const outcomes = new Map<EventEnvelope, EventOutcome>(due.map((e, i) => [e, results[i] ?? 'applied']));
    return envelopes.map((envelope) => outcomes.get(envelope) ?? 'duplicate');
  });
}

/**
 * Runs one event's statement (OnEventWrite): adds the handler's writes to `write` after the part `marked`, runs it
 * and answers its row.
 */
export type RunEventStatement = (
  envelope: EventEnvelope,
  write: CombinedWrite,
  marked: string,
) => Promise<Record<string, unknown>>;

/**
 * Applies each event as one statement of its own (OnEventWrite): its inbox row and its handler's writes, which
 * happen only when that row is new. No transaction around it: PostgreSQL makes a statement atomic, so an event costs
 * one round trip instead of four (BEGIN, the inbox, the write, COMMIT). The events run one after the other in the
 * batch's order; one whose statement fails wrote nothing, not even its inbox row, so it alone is retried, and a
 * second copy of an event finds the first's row and writes nothing. As in a transaction, a single event's error ends
 * it, and so does the database being unavailable, a deadlock or a serialization failure for a batch: applied again,
 * the events before it are recognised by their inbox rows.
 */
export async function applyEachAsOneStatement(
  consumer: string,
  envelopes: readonly EventEnvelope[],
  run: RunEventStatement,
): Promise<EventOutcome[]> {
  const outcomes: EventOutcome[] = [];
  for (const envelope of envelopes) {
    const write = new CombinedWrite();
    const marked = write.with(
      'inbox_mark',
      `INSERT INTO inbox (consumer, event_id, subject)
       VALUES (${write.param(consumer)}, ${write.param(inboxId(envelope))}, ${write.param(envelope.type)})
       ON CONFLICT DO NOTHING RETURNING event_id`,
    );
    write.output('applied', `EXISTS (SELECT 1 FROM ${marked})`);
    try {
      const row = await run(envelope, write, marked);
      outcomes.push(row.applied ? 'applied' : 'duplicate');
    } catch (err) {
      if (envelopes.length === 1 || isDatabaseUnavailable(err) || isTransientConflict(err)) throw err;
      outcomes.push(err as Error);
    }
  }
  return outcomes;
}

/** An envelope's id (a hyphenated uuid, checked on delivery) as PostgreSQL returns a uuid. */
const inboxId = (envelope: EventEnvelope) => envelope.id.toLowerCase();

/** Writes the events' inbox rows; returns the ids that were not there yet (the others were applied before). */
async function markInInbox(
  manager: EntityManager,
  consumer: string,
  envelopes: readonly EventEnvelope[],
): Promise<Set<string>> {
  const inserted: { event_id: string }[] = await queryPrepared(
    manager,
    `INSERT INTO inbox (consumer, event_id, subject)
     SELECT $1, e.id, e.type FROM unnest($2::uuid[], $3::text[]) AS e(id, type) ORDER BY e.id
     ON CONFLICT DO NOTHING RETURNING event_id`,
    [consumer, envelopes.map(inboxId), envelopes.map((e) => e.type)],
  );
  return new Set(inserted.map((row) => row.event_id));
}
