import type { ClientBase } from 'pg';

/**
 * The rows of `query` from a server-side cursor in one REPEATABLE READ transaction on `client`, `batch` rows at a
 * time, the next fetched only when the previous has been taken: memory stays flat for a million rows. Plain pg, so
 * the worker thread that streams a claim reads without loading TypeORM.
 */
export async function* inBatches<T>(
  client: ClientBase,
  query: string,
  params: unknown[],
  batch: number,
): AsyncGenerator<T[]> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
  let gedaan = false;
  try {
    await client.query(`DECLARE rijen NO SCROLL CURSOR FOR ${query}`, params);
    for (;;) {
      const { rows } = await client.query<T & object>(`FETCH ${batch} FROM rijen`);
      if (rows.length === 0) break;
      yield rows;
    }
    await client.query('COMMIT');
    gedaan = true;
  } finally {
    // Also when the reader stopped early: the cursor's transaction must not stay open on the connection.
    if (!gedaan) await client.query('ROLLBACK').catch(() => undefined);
  }
}
