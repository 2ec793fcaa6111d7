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
  const err = error as { code?: string; message?: string; driverError?: { code?: string } } | undefined;
  const code = err?.driverError?.code ?? err?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = String(err?.message ?? '');
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
  const err = error as { code?: string; driverError?: { code?: string } } | undefined;
  return CONFLICT_CODES.has(err?.driverError?.code ?? err?.code ?? '');
}
