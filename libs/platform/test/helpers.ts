import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

import { ServiceTestApp } from '../src/testing';
import { ProbeModule, PROBE_API } from './fixtures/probe.module';

export { eventually } from '../src/testing';

export async function count(app: NestFastifyApplication, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row.n;
}

/** The probe service under test (platform tests), with its own database, stream and issuer. */
export function probeTestApp(env: NodeJS.ProcessEnv = {}): ServiceTestApp {
  return new ServiceTestApp('trajecten', (config) => ProbeModule.register(config), PROBE_API, env);
}
