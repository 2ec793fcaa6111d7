import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

/** Polls until the check passes or the time is up; the last failure is the test's failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
  throw lastError;
}

export async function count(app: NestFastifyApplication, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row.n;
}
