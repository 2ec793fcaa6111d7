import { QueryFailedError } from 'typeorm';

/** PostgreSQL/driver conditions that mean "the database is away" (not "the request or event is wrong"). */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * True when an error says the database could not be reached or dropped the connection. HTTP answers it with 503
 * (clients retry); event consumers wait for the database instead of spending the event's delivery attempts.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (UNAVAILABLE_CODES.has(pgCode(error))) return true;
  const message = String((error as { message?: string } | undefined)?.message ?? '');
  return (
    (error instanceof QueryFailedError && /terminat|connection/i.test(message)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
      message,
    )
  );
}

/** PostgreSQL's deadlock_detected and serialization_failure. */
const CONFLICT_CODES = new Set(['40P01', '40001']);

/**
 * True when PostgreSQL ended the transaction for colliding with a concurrent one (a deadlock between two batches that
 * lock shared rows in opposite orders, a serialization failure): nothing is wrong with the work, and the same work a
 * moment later succeeds. Event consumers apply it again after a pause instead of spending a delivery attempt.
 */
export function isTransientConflict(error: unknown): boolean {
  return CONFLICT_CODES.has(pgCode(error));
}

/** True when a lock was not had within the statement's lock_timeout (PostgreSQL's lock_not_available). */
export function isLockTimeout(error: unknown): boolean {
  return pgCode(error) === '55P03';
}

/** The PostgreSQL (or socket) error code, from TypeORM's wrapper or the driver's own error. */
function pgCode(error: unknown): string {
  const err = error as { code?: string; driverError?: { code?: string } } | undefined;
  return err?.driverError?.code ?? err?.code ?? '';
}
