import type { DataSource, QueryRunner } from 'typeorm';

// Any constant works; it only has to be the same for every instance of every service.
const MIGRATION_LOCK_KEY = 7_450_213;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so instances that start together do not race, then
 * `afterwards` (the runtime role's grants) under the same lock. Each service has its own database, so the lock
 * never blocks another service.
 */
export async function runMigrationsLocked(
  dataSource: DataSource,
  afterwards: (runner: QueryRunner) => Promise<void>,
): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await dataSource.runMigrations({ transaction: 'each' });
    await afterwards(runner);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
