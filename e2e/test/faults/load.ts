import { Client } from 'pg';
import { syntheticAanmelding, TestRun } from '@wiz/platform/testing';
import type { ServiceName } from '@wiz/platform';

export interface Burst {
  /** Aanmeldingen the API accepted (201). */
  accepted: number;
  /** Accepted per intake URL, when the posts went round several instances. */
  acceptedBy: Map<string, number>;
  /** Answers other than 201, by status: a 503 is retried (as the contract tells clients), anything else is not. */
  refused: Map<number, number>;
}

/**
 * Posts aanmeldingen n = from … from+count-1 to intake, `concurrency` at a time; with several URLs (instances of
 * intake) aanmelding n goes to URL n mod their number. With `intervalMs`, aanmelding n is not sent before
 * n × intervalMs after the start: a steady stream instead of a burst. `onAccepted` sees the running total (a fault
 * can be injected at a chosen point). A 503 or no answer (status 0) is retried for `retryForMs`.
 */
export async function postAanmeldingen(
  intakeUrls: string | readonly string[],
  token: string,
  {
    from = 0,
    count,
    concurrency = 16,
    intervalMs = 0,
    onAccepted,
    retryForMs = 60_000,
    timeoutMs = 20_000,
  }: {
    from?: number;
    count: number;
    concurrency?: number;
    intervalMs?: number;
    onAccepted?: (total: number) => void | Promise<void>;
    retryForMs?: number;
    timeoutMs?: number;
  },
): Promise<Burst> {
  const urls = typeof intakeUrls === 'string' ? [intakeUrls] : intakeUrls;
  const burst: Burst = { accepted: 0, acceptedBy: new Map(), refused: new Map() };
  const idempotencyPrefix = crypto.randomUUID();
  const startedAt = Date.now();
  let next = from;
  const worker = async () => {
    while (next < from + count) {
      const n = next++;
      const intakeUrl = urls[n % urls.length];
      const wait = startedAt + (n - from) * intervalMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const deadline = Date.now() + retryForMs;
      for (;;) {
        const status = await fetch(`${intakeUrl}/api/v1/aanmeldingen`, {
          method: 'POST',
          // A retry carries the same Idempotency-Key, so an answer lost on the way never makes a second aanmelding.
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': `${idempotencyPrefix}-${n}`,
          },
          body: JSON.stringify(syntheticAanmelding(n)),
          signal: AbortSignal.timeout(timeoutMs),
        })
          .then(async (r) => (await r.arrayBuffer(), r.status))
          .catch(() => 0);
        if (status === 201) {
          burst.accepted += 1;
          burst.acceptedBy.set(intakeUrl, (burst.acceptedBy.get(intakeUrl) ?? 0) + 1);
          await onAccepted?.(burst.accepted);
          break;
        }
        burst.refused.set(status, (burst.refused.get(status) ?? 0) + 1);
        if ((status !== 503 && status !== 0) || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return burst;
}

/** SQL against one service's database of this run, as an operator would check it. */
export async function sql<T = Record<string, unknown>>(
  run: TestRun,
  service: ServiceName,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: run.databaseUrl(service) });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** How many of a service's outbox rows its relay has not published yet. */
export async function unsentInOutbox(run: TestRun, service: ServiceName): Promise<number> {
  const [{ n }] = await sql<{ n: number }>(run, service, 'SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
  return n;
}
