import type Redis from 'ioredis';

/** The id of the last entry of a stream ('0-0' when empty): reading from there on sees only what comes after. */
export async function streamEnd(redis: Redis, key: string): Promise<string> {
  const last = await redis.xrevrange(key, '+', '-', 'COUNT', 1);
  return last[0]?.[0] ?? '0-0';
}

export interface JobOutcomes {
  /** per job id: how many runs completed with each return value ('"gevuurd"', '"al-gedaan"', …) */
  completed: Map<string, Map<string, number>>;
  failed: Map<string, number>;
  entries: number;
}

/**
 * Every job completion and failure BullMQ recorded in the queue's event stream after `after` (exclusive). BullMQ
 * adds one `completed` entry per finished run of a job, with the processor's return value, and one `failed` entry per
 * failed attempt; with the stream long enough (opts.maxLenEvents) nothing is trimmed away before it is read.
 */
export async function readOutcomes(redis: Redis, key: string, after: string): Promise<JobOutcomes> {
  const out: JobOutcomes = { completed: new Map(), failed: new Map(), entries: 0 };
  let from = `(${after}`;
  for (;;) {
    const batch = await redis.xrange(key, from, '+', 'COUNT', 10_000);
    if (batch.length === 0) return out;
    for (const [id, fields] of batch) {
      out.entries += 1;
      const f: Record<string, string> = {};
      for (let i = 0; i + 1 < fields.length; i += 2) f[fields[i]] = fields[i + 1];
      if (f.event === 'completed') {
        const perValue = out.completed.get(f.jobId) ?? new Map<string, number>();
        perValue.set(f.returnvalue, (perValue.get(f.returnvalue) ?? 0) + 1);
        out.completed.set(f.jobId, perValue);
      } else if (f.event === 'failed') {
        out.failed.set(f.jobId, (out.failed.get(f.jobId) ?? 0) + 1);
      }
      from = `(${id}`;
    }
  }
}
