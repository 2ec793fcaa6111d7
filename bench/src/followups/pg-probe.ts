import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';

/**
 * How fast PostgreSQL answers right now on this shared machine: the mean of a trivial round trip, and of a
 * transaction that writes a commit record (txid_current assigns an xid, so COMMIT flushes the WAL). The consumer
 * that plans checks is a chain of such round trips, so these two numbers explain most of its rate.
 */
export async function pgProbe(db: Client, rounds = 200): Promise<{ roundTripMs: number; commitMs: number }> {
  let t = performance.now();
  for (let i = 0; i < rounds; i++) await db.query('SELECT $1::int', [i]);
  const roundTripMs = (performance.now() - t) / rounds;
  t = performance.now();
  for (let i = 0; i < rounds / 2; i++) {
    await db.query('BEGIN');
    await db.query('SELECT txid_current()');
    await db.query('COMMIT');
  }
  const commitMs = (performance.now() - t) / (rounds / 2);
  return { roundTripMs, commitMs };
}
