import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { percentile } from '../load/steady';

/** One measured aanmelding: when its POST was due and when its traject was first seen (performance.now()). */
export interface Sample {
  aanmeldingId: string;
  dueAt: number;
  seenAt: number;
}

export interface Stage {
  name: string;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Where the time of the pipeline goes, from timestamps the services write anyway, read after the run (so reading
 * them costs the run nothing). All clocks are this machine's: PostgreSQL's now() and this process's wall clock.
 *
 * - request: POST due → intake's transaction starts (outbox.created_at): HTTP, auth, validation, a free connection.
 * - relay: → the relay's transaction that publishes it starts (outbox.sent_at = now() of that transaction): the rest
 *   of intake's transaction, its commit waking the relay, a drain in progress finishing first.
 * - delivery: → trajecten's consumer transaction starts (inbox.applied_at): publish, JetStream, the pull consumer,
 *   waiting behind earlier events for a free batch place.
 * - apply: → the traject was seen: the handlers of the events before it in its batch (one transaction, so
 *   applied_at is the batch's start), its own, the commit, and the watcher's polling delay.
 */
export async function stages(
  intakeDatabaseUrl: string,
  trajectenDatabaseUrl: string,
  samples: readonly Sample[],
): Promise<Stage[]> {
  const ids = samples.map((s) => s.aanmeldingId);
  const outbox = await query<{ aanmelding_id: string; event_id: string; created_ms: number; sent_ms: number | null }>(
    intakeDatabaseUrl,
    `SELECT envelope->'data'->>'aanmeldingId' AS aanmelding_id, event_id::text,
            extract(epoch FROM created_at)::float8 * 1000 AS created_ms, extract(epoch FROM sent_at)::float8 * 1000 AS sent_ms
       FROM outbox WHERE envelope->'data'->>'aanmeldingId' = ANY($1::text[])`,
    [ids],
  );
  const byAanmelding = new Map(outbox.map((r) => [r.aanmelding_id, r]));
  const inbox = await query<{ event_id: string; applied_ms: number }>(
    trajectenDatabaseUrl,
    'SELECT event_id::text, extract(epoch FROM applied_at)::float8 * 1000 AS applied_ms FROM inbox WHERE event_id = ANY($1::uuid[])',
    [outbox.map((r) => r.event_id)],
  );
  const applied = new Map(inbox.map((r) => [r.event_id, r.applied_ms]));
  const epoch = (t: number) => performance.timeOrigin + t;
  const parts: Record<string, number[]> = { request: [], relay: [], delivery: [], apply: [] };
  for (const s of samples) {
    const o = byAanmelding.get(s.aanmeldingId);
    const a = o && applied.get(o.event_id);
    if (!o || o.sent_ms === null || a === undefined) continue;
    parts.request.push(o.created_ms - epoch(s.dueAt));
    parts.relay.push(o.sent_ms - o.created_ms);
    parts.delivery.push(a - o.sent_ms);
    parts.apply.push(epoch(s.seenAt) - a);
  }
  return Object.entries(parts).map(([name, values]) => {
    values.sort((x, y) => x - y);
    return { name, p50Ms: percentile(values, 50), p99Ms: percentile(values, 99) };
  });
}

async function query<T>(databaseUrl: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
