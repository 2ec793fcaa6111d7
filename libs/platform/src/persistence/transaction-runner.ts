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
}
