import type { EntityManager } from 'typeorm';

type Write = (manager: EntityManager, items: unknown[]) => Promise<void>;

/** The gathering of each batch transaction now open, by the manager its handlers are given. */
const gatherings = new WeakMap<EntityManager, BatchGathering>();

/**
 * Writes that every event of a batch makes, gathered into one call of `write` just before the batch commits: one
 * statement (or one call to another store, such as a queue's bulk add) for the batch instead of one per event. For
 * rows every event changes (counters) it matters most: written by each event as it goes, such a row stays locked
 * until its batch commits, so every other batch that counts the same thing waits for the whole batch, and two
 * batches that lock two such rows in opposite orders deadlock (PostgreSQL ends one after deadlock_timeout; the
 * pipeline bench saw its consumer crawl). Gathered, they are locked only at the end, by one statement that should
 * lock them in one fixed order (sort them). Only writes no handler of the batch reads back may be gathered.
 * Outside a batch of several events (a command, a job, an event applied alone), `add` writes at once.
 */
export class GatheredWrites<T> {
  constructor(private readonly write: (manager: EntityManager, items: T[]) => Promise<void>) {}

  async add(manager: EntityManager, items: readonly T[]): Promise<void> {
    if (items.length === 0) return;
    const gathering = gatherings.get(manager);
    if (gathering) gathering.add(this.write as Write, items);
    else await this.write(manager, [...items]);
  }
}

/**
 * The gathered writes of one batch transaction. Those of the event being applied are kept once it succeeded and
 * dropped when it failed, like its rows that the rollback to its savepoint undoes.
 */
export class BatchGathering {
  private readonly kept = new Map<Write, unknown[]>();
  private current: [Write, readonly unknown[]][] = [];

  private constructor(private readonly manager: EntityManager) {}

  static open(manager: EntityManager): BatchGathering {
    const gathering = new BatchGathering(manager);
    gatherings.set(manager, gathering);
    return gathering;
  }

  add(write: Write, items: readonly unknown[]): void {
    this.current.push([write, items]);
  }

  eventApplied(): void {
    for (const [write, items] of this.current) {
      const kept = this.kept.get(write);
      if (kept) kept.push(...items);
      else this.kept.set(write, [...items]);
    }
    this.current = [];
  }

  eventFailed(): void {
    this.current = [];
  }

  /** Stops gathering; what is written from now on in this transaction is written at once. */
  close(): void {
    gatherings.delete(this.manager);
  }

  /** Writes what the applied events gathered, each kind in one call. */
  async writeKept(): Promise<void> {
    for (const [write, items] of this.kept) await write(this.manager, items);
  }
}
