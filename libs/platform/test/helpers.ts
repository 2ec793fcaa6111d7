import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

export { eventually } from '../src/testing';

export async function count(app: NestFastifyApplication, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row.n;
}
