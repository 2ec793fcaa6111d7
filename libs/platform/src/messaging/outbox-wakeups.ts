import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { OutboxRelay } from './outbox-relay';

/**
 * Wakes this process's relay once an outbox row it wrote has committed: at once after a statement that committed
 * alone, at the commit of the transaction it was written in (not at the release of a savepoint inside it).
 *
 * Why not NOTIFY at commit: PostgreSQL serialises the commits of all transactions that notify (one queue, one lock),
 * which on this machine cut single-INSERT commits from ~29,000/s to ~11,500/s (pgbench; README, "Benchmark"), and
 * every notification woke each listening relay. A row is published by the relay of the process that wrote it; the
 * relay's poll (OUTBOX_POLL_MS) still publishes a row whose writer stopped before it could (another instance's
 * relay, or this one's after a restart).
 */
@Injectable()
export class OutboxWakeups implements EntitySubscriberInterface {
  private readonly written = new WeakSet<QueryRunner>();

  constructor(
    dataSource: DataSource,
    private readonly relay: OutboxRelay,
  ) {
    dataSource.subscribers.push(this);
  }

  /** An outbox row was written through `manager`: the relay wakes when that write has committed. */
  rowWritten(manager: EntityManager): void {
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) this.written.add(runner);
    else void this.relay.wake();
  }

  afterTransactionCommit({ queryRunner }: TransactionCommitEvent): void {
    // TypeORM says "commit" at a savepoint's release too; the transaction is still open then.
    if (queryRunner.isTransactionActive || !this.written.delete(queryRunner)) return;
    void this.relay.wake();
  }

  afterTransactionRollback({ queryRunner }: TransactionRollbackEvent): void {
    if (!queryRunner.isTransactionActive) this.written.delete(queryRunner);
  }
}
