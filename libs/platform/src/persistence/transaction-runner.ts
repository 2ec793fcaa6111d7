import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { currentContext, currentCorrelationId, runInContext } from '../context/request-context';

/**
 * One transaction per unit of work. A use case called inside another transaction (for example under the
 * Idempotency-Key interceptor) joins it, so the business change, its outbox event and the stored response
 * commit or roll back together.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const joined = currentContext()?.entityManager;
    if (joined) return work(joined);
    const correlationId = currentCorrelationId();
    return this.dataSource.transaction((manager) =>
      runInContext({ correlationId, entityManager: manager }, () => work(manager)),
    );
  }

  /**
   * For work whose every write is one statement that stores all of its change or nothing (a CombinedWrite whose
   * parts all wait on one another): each statement commits alone, as PostgreSQL makes a single statement atomic, so
   * the work costs no BEGIN and COMMIT (for one statement, two round trips of three). Reads between the statements
   * see what is committed, as in a READ COMMITTED transaction. Inside a caller's transaction (the Idempotency-Key
   * interceptor's) it joins that one, as `run` does, so the stored response still commits with the change.
   */
  runEachStatementAlone<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return work(currentContext()?.entityManager ?? this.dataSource.manager);
  }
}
